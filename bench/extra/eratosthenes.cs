package main

// Sieve of Eratosthenes three ways: on a []bool, on a []uint64 bit set
// counted with math/bits.OnesCount64 (nsieve-bits), and segmented with a
// fixed 32 KiB []bool window reused per segment. Each counts primes below
// n (and n/2, n/4 as the old nsieve does); prints the counts and a sum of
// the last primes found.

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func sieveBool(n int) (count, last int) {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			last = i
		}
	}
	return
}

func sieveBits(n int) (count, last int) {
	words := make([]uint64, n/64+1)
	for i := range words {
		words[i] = ^uint64(0)
	}
	words[0] &^= 3
	for i := 2; i*i <= n; i++ {
		if words[i/64]&(1<<(uint(i)%64)) != 0 {
			for j := i * i; j <= n; j += i {
				words[j/64] &^= 1 << (uint(j) % 64)
			}
		}
	}
	if extra := (n + 1) % 64; extra != 0 {
		words[len(words)-1] &= 1<<uint(extra) - 1
	}
	for i, w := range words {
		count += bits.OnesCount64(w)
		if w != 0 {
			last = i*64 + 63 - bits.LeadingZeros64(w)
		}
	}
	return
}

func sieveSegmented(n int) (count, last int) {
	const seg = 32 << 10
	r := 1
	for (r+1)*(r+1) <= n {
		r++
	}
	small := sieveList(r)
	window := make([]bool, seg)
	next := make([]int, len(small))
	for i, p := range small {
		next[i] = p * p
	}
	for lo := 2; lo <= n; lo += seg {
		hi := lo + seg - 1
		if hi > n {
			hi = n
		}
		for i := range window {
			window[i] = false
		}
		for i, p := range small {
			j := next[i]
			for ; j <= hi; j += p {
				window[j-lo] = true
			}
			next[i] = j
		}
		for i := lo; i <= hi; i++ {
			if !window[i-lo] {
				count++
				last = i
			}
		}
	}
	return
}

func sieveList(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func main() {
	n := 30000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	lastSum := 0
	for _, m := range []int{n, n / 2, n / 4} {
		c1, l1 := sieveBool(m)
		c2, l2 := sieveBits(m)
		c3, l3 := sieveSegmented(m)
		fmt.Printf("Primes up to %8d %8d %8d %8d\n", m, c1, c2, c3)
		if l1 != l2 || l2 != l3 {
			fmt.Println("last primes disagree:", l1, l2, l3)
		}
		lastSum += l1
	}
	fmt.Println("sum of last primes", lastSum)
}
