package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
	Score float64
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func lcg(seed *uint32) uint32 {
	*seed = *seed*1664525 + 1013904223
	return *seed
}

func main() {
	seed := uint32(42)
	people := make([]Person, 50000)
	for i := range people {
		people[i] = Person{fmt.Sprintf("p%05d", lcg(&seed)%100000), int(lcg(&seed) % 90), float64(lcg(&seed)%1000) / 10}
	}
	ps := append([]Person(nil), people...)
	sort.Stable(byAge(ps))
	fmt.Println(ps[0], ps[len(ps)-1], sort.IsSorted(byAge(ps)))
	sort.Slice(people, func(i, j int) bool {
		if people[i].Score != people[j].Score {
			return people[i].Score > people[j].Score
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people[0], people[1], people[49999])
	ints := make([]int, 200000)
	for i := range ints {
		ints[i] = int(lcg(&seed) % 1000000)
	}
	sort.Ints(ints)
	fmt.Println(ints[0], ints[100000], ints[199999], sort.IntsAreSorted(ints))
	i := sort.SearchInts(ints, 500000)
	fmt.Println(i > 0, ints[i] >= 500000)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints[0], ints[199999])
	// insertion sort by hand
	a := []int{5, 2, 9, 1, 5, 6}
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
	fmt.Println(a)
}
