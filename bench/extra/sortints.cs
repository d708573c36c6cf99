package main

// sort.Ints, sort.Slice (descending and by a key) and sort.Strings on
// large pseudo-random inputs, checked with IsSorted and position sums.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint64(88172645463325252)
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % 1000000000)
	}
	a := make([]int, n)
	for i := range a {
		a[i] = next()
	}
	b := make([]int, n)
	copy(b, a)
	sort.Ints(a)
	sort.Slice(b, func(i, j int) bool { return b[i] > b[j] })
	ok := sort.IntsAreSorted(a)
	for i := range a {
		if a[i] != b[n-1-i] {
			ok = false
		}
	}
	c := make([]int, n)
	copy(c, b)
	sort.Slice(c, func(i, j int) bool {
		if c[i]%1000 != c[j]%1000 {
			return c[i]%1000 < c[j]%1000
		}
		return c[i] < c[j]
	})
	m := n / 10
	s := make([]string, m)
	for i := range s {
		s[i] = strconv.Itoa(next() % 100000)
	}
	sort.Strings(s)
	sum := 0
	for i := 0; i < n; i += 997 {
		sum += a[i]%1000 + c[i]%1000
	}
	fmt.Println(ok, sort.StringsAreSorted(s), a[0], a[n/2], c[1], s[0], s[m-1], sum)
}
