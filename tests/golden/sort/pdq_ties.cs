package main

// sort.Slice and sort.Sort are not stable: where equal elements end up
// is decided by Go's pdqsort. csc runs the same algorithm, so the order
// of ties (printed here as original indexes) must match Go's exactly,
// for random, sorted, reversed, sawtooth and few-distinct-key inputs of
// sizes that take the insertion, ninther, partial-insertion and
// pattern-breaking paths; and -0/0 after sort.Float64s.

import (
	"fmt"
	"math"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type big struct {
	key  int
	id   int
	pad  [5]int
	name string
}

func gen(kind, n int) []item {
	x := uint32(12345 + kind*7 + n)
	s := make([]item, n)
	for i := range s {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		k := 0
		switch kind {
		case 0:
			k = int(x % 10)
		case 1:
			k = i / 3
		case 2:
			k = (n - i) / 3
		case 3:
			k = i % 17
		case 4:
			k = int(x % 3)
		case 5:
			k = i / 5
			if i%50 == 7 {
				k = int(x % 100)
			}
		}
		s[i] = item{k, i}
	}
	return s
}

func digest(s []item) uint32 {
	h := uint32(2166136261)
	for _, it := range s {
		h = (h ^ uint32(it.id)) * 16777619
	}
	return h
}

func main() {
	for kind := 0; kind < 6; kind++ {
		for _, n := range []int{5, 13, 40, 49, 50, 51, 200, 1000, 5000} {
			a := gen(kind, n)
			sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
			b := gen(kind, n)
			sort.Sort(byKey(b))
			c := gen(kind, n)
			sort.Sort(sort.Reverse(byKey(c)))
			fmt.Println(kind, n, digest(a), digest(b), digest(c), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }))
		}
	}
	a := gen(0, 30)
	sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
	fmt.Println(a)
	bs := make([]big, 300)
	for i := range bs {
		bs[i] = big{key: (i * 7) % 11, id: i, name: fmt.Sprint("n", i)}
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].key < bs[j].key })
	for i := 0; i < 300; i += 23 {
		fmt.Print(bs[i].id, bs[i].name, " ")
	}
	fmt.Println()
	strs := []string{"b", "a", "c", "b", "a"}
	sort.Strings(strs)
	fmt.Println(strs)
	f := []float64{0, math.Copysign(0, -1), 1, math.NaN(), -1, 0, math.Copysign(0, -1), math.Inf(-1)}
	for i := 0; i < 40; i++ {
		f = append(f, float64(i%5)-2, math.Copysign(0, -1), 0)
	}
	sort.Float64s(f)
	fmt.Println(f)
}
