package main

// Merge sort forking a goroutine per half down to a cutoff: each call
// sends its sorted half back on a channel, the parent merges into a
// scratch slice. Sorts n pseudo-random ints twice (cutoff 2048 and 64,
// the second spawning many goroutines) and checks against sort.Ints.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// msort sorts a using tmp (same length) as scratch and signals done.
func msort(a, tmp []int, cutoff int, done chan<- bool) {
	if len(a) <= 32 {
		insertion(a)
		done <- true
		return
	}
	m := len(a) / 2
	if len(a) <= cutoff {
		msortSeq(a[:m], tmp[:m])
		msortSeq(a[m:], tmp[m:])
	} else {
		sub := make(chan bool, 2)
		go msort(a[:m], tmp[:m], cutoff, sub)
		go msort(a[m:], tmp[m:], cutoff, sub)
		<-sub
		<-sub
	}
	merge(tmp, a[:m], a[m:])
	copy(a, tmp)
	done <- true
}

func msortSeq(a, tmp []int) {
	if len(a) <= 32 {
		insertion(a)
		return
	}
	m := len(a) / 2
	msortSeq(a[:m], tmp[:m])
	msortSeq(a[m:], tmp[m:])
	merge(tmp, a[:m], a[m:])
	copy(a, tmp)
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	data := make([]int, n)
	x := uint64(88172645463325252)
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		data[i] = int(x % 1000000007)
	}
	want := append([]int(nil), data...)
	sort.Ints(want)
	for _, cutoff := range []int{2048, 64} {
		a := append([]int(nil), data...)
		done := make(chan bool)
		go msort(a, make([]int, n), cutoff, done)
		<-done
		ok := true
		sum := 0
		for i := range a {
			if a[i] != want[i] {
				ok = false
			}
			sum = sum*31 + a[i]
		}
		fmt.Println("cutoff", cutoff, "sorted", ok, "hash", sum, "min", a[0], "max", a[n-1])
	}
}
