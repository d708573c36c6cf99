// Stable and SliceStable keep equal elements in order on larger inputs
// (many merge levels), and Sort/Slice produce sorted output for inputs
// big enough to need the quicksort and heapsort paths; checked with
// deterministic pseudo-random data.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, seq int
}

type byKey []rec

func (r byKey) Len() int           { return len(r) }
func (r byKey) Less(i, j int) bool { return r[i].key < r[j].key }
func (r byKey) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

var seed uint32 = 12345

func next() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

func stableOK(r []rec) bool {
	for i := 1; i < len(r); i++ {
		if r[i-1].key > r[i].key || (r[i-1].key == r[i].key && r[i-1].seq > r[i].seq) {
			return false
		}
	}
	return true
}

func data(n, keys int) []rec {
	r := make([]rec, n)
	for i := range r {
		r[i] = rec{next() % keys, i}
	}
	return r
}

func main() {
	for _, n := range []int{0, 1, 2, 19, 20, 21, 40, 41, 100, 1000, 5000} {
		for _, keys := range []int{1, 3, 50, 100000} {
			r := data(n, keys)
			sort.Stable(byKey(r))
			a := stableOK(r)
			r = data(n, keys)
			sort.SliceStable(r, func(i, j int) bool { return r[i].key < r[j].key })
			b := stableOK(r)
			r = data(n, keys)
			sort.Sort(byKey(r))
			c := sort.IsSorted(byKey(r))
			r = data(n, keys)
			sort.Slice(r, func(i, j int) bool { return r[i].key > r[j].key })
			d := sort.SliceIsSorted(r, func(i, j int) bool { return r[i].key > r[j].key })
			fmt.Println(n, keys, a, b, c, d)
		}
	}

	// Already sorted, reversed and organ-pipe inputs.
	for _, n := range []int{13, 500, 4000} {
		asc := make([]int, n)
		desc := make([]int, n)
		pipe := make([]int, n)
		for i := 0; i < n; i++ {
			asc[i] = i
			desc[i] = n - i
			pipe[i] = i
			if i > n/2 {
				pipe[i] = n - i
			}
		}
		sort.Sort(sort.IntSlice(asc))
		sort.Sort(sort.IntSlice(desc))
		sort.Sort(sort.IntSlice(pipe))
		fmt.Println(n, sort.IntsAreSorted(asc), sort.IntsAreSorted(desc), sort.IntsAreSorted(pipe), desc[0], pipe[n-1])
	}

	// A large sort.Ints against a counting check.
	xs := make([]int, 20000)
	count := make([]int, 1000)
	for i := range xs {
		xs[i] = next()%1000 - 500
		count[xs[i]+500]++
	}
	sort.Ints(xs)
	ok := sort.IntsAreSorted(xs)
	for i := range xs {
		count[xs[i]+500]--
	}
	for _, c := range count {
		if c != 0 {
			ok = false
		}
	}
	fmt.Println("ints", ok, xs[0], xs[len(xs)-1])
}
