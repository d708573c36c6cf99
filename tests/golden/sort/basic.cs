// sort.Ints, Strings, Float64s (NaNs first), the AreSorted checks and the
// binary searches.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 0, 9, 3, 3, 7, -10, 100, 42}
	fmt.Println(sort.IntsAreSorted(xs))
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	for _, v := range []int{-20, -10, 3, 4, 100, 101} {
		fmt.Println("SearchInts", v, sort.SearchInts(xs, v))
	}
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.SearchInts(empty, 1))

	ss := []string{"pear", "apple", "", "banana", "apple pie", "Zebra", "app", "é", "z"}
	fmt.Println(sort.StringsAreSorted(ss))
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.StringsAreSorted(ss))
	for _, v := range []string{"", "app", "apple", "b", "zz"} {
		fmt.Println("SearchStrings", v, sort.SearchStrings(ss, v))
	}

	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 1e-9, 3}
	fmt.Println(sort.Float64sAreSorted(fs))
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	fmt.Println(sort.SearchFloat64s(fs, 2.5), sort.SearchFloat64s(fs, 2.6))
	fmt.Println(sort.Float64sAreSorted([]float64{math.NaN(), 1, math.NaN()}))

	// Search: the first square above 1000, and a predicate never true.
	i := sort.Search(100, func(i int) bool { return i*i > 1000 })
	fmt.Println(i, i*i)
	fmt.Println(sort.Search(10, func(int) bool { return false }))
	fmt.Println(sort.Search(0, func(int) bool { return true }))

	// A guessing game run by Search.
	secret := 37
	guesses := 0
	got := sort.Search(100, func(n int) bool {
		guesses++
		return n >= secret
	})
	fmt.Println("found", got, "in", guesses, "guesses")
}
