// radix: non-comparison sorts. LSD radix sort of []uint32 (four 8-bit
// passes through a [256]int count array, ping-ponging buffers), of
// []uint64 keys with 16-bit digits, of signed int64 by flipping the sign
// bit, counting sort of bytes, and MSD radix sort of strings (recursive
// on the byte at depth, insertion sort for small buckets); every result
// is checked against package sort.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func radix32(a []uint32) {
	buf := make([]uint32, len(a))
	src, dst := a, buf
	for shift := uint(0); shift < 32; shift += 8 {
		var count [257]int
		for _, v := range src {
			count[(v>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			d := (v >> shift) & 0xff
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
}

func radix64(a []uint64) {
	buf := make([]uint64, len(a))
	count := make([]int, 1<<16+1)
	src, dst := a, buf
	for shift := uint(0); shift < 64; shift += 16 {
		for i := range count {
			count[i] = 0
		}
		for _, v := range src {
			count[(v>>shift)&0xffff+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			d := (v >> shift) & 0xffff
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
}

func radixInt64(a []int64) {
	u := make([]uint64, len(a))
	for i, v := range a {
		u[i] = uint64(v) ^ 1<<63
	}
	radix64(u)
	for i, v := range u {
		a[i] = int64(v ^ 1<<63)
	}
}

func countingBytes(b []byte) {
	var count [256]int
	for _, c := range b {
		count[c]++
	}
	i := 0
	for c, n := range count {
		for ; n > 0; n-- {
			b[i] = byte(c)
			i++
		}
	}
}

func msdStrings(a, tmp []string, depth int) {
	if len(a) < 24 {
		for i := 1; i < len(a); i++ {
			for j := i; j > 0 && a[j][depth:] < a[j-1][depth:]; j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	var count [258]int
	for _, s := range a {
		count[charAt(s, depth)+2]++
	}
	for i := 1; i < 258; i++ {
		count[i] += count[i-1]
	}
	for _, s := range a {
		c := charAt(s, depth) + 1
		tmp[count[c]] = s
		count[c]++
	}
	copy(a, tmp[:len(a)])
	for c := 1; c < 257; c++ {
		lo, hi := count[c-1], count[c]
		if hi-lo > 1 {
			msdStrings(a[lo:hi], tmp, depth+1)
		}
	}
}

func charAt(s string, d int) int {
	if d < len(s) {
		return int(s[d])
	}
	return -1
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	a32 := make([]uint32, n)
	a64 := make([]uint64, n)
	ai := make([]int64, n)
	bs := make([]byte, 4*n)
	for i := 0; i < n; i++ {
		a32[i] = uint32(next())
		a64[i] = next()
		ai[i] = int64(next()) >> (next() % 40)
	}
	for i := range bs {
		bs[i] = byte(next() % 200)
	}
	strs := make([]string, n/4)
	for i := range strs {
		v := next()
		strs[i] = "k" + strconv.FormatUint(v%100000, 36) + "-" + strconv.Itoa(int(v>>40)%1000)
	}
	c32 := append([]uint32(nil), a32...)
	c64 := append([]uint64(nil), a64...)
	ci := append([]int64(nil), ai...)
	cs := append([]string(nil), strs...)
	radix32(a32)
	radix64(a64)
	radixInt64(ai)
	countingBytes(bs)
	msdStrings(strs, make([]string, len(strs)), 0)
	sort.Slice(c32, func(i, j int) bool { return c32[i] < c32[j] })
	sort.Slice(c64, func(i, j int) bool { return c64[i] < c64[j] })
	sort.Slice(ci, func(i, j int) bool { return ci[i] < ci[j] })
	sort.Strings(cs)
	ok := sort.SliceIsSorted(bs, func(i, j int) bool { return bs[i] < bs[j] })
	for i := range c32 {
		ok = ok && c32[i] == a32[i] && c64[i] == a64[i] && ci[i] == ai[i]
	}
	for i := range cs {
		ok = ok && cs[i] == strs[i]
	}
	fmt.Println("sorted:", ok, a32[n/2], a64[n/3], ai[0], ai[n-1], strs[len(strs)/2], bs[len(bs)/2])
}
