// Reverse wraps any Interface, including another Reverse; Reverse of a
// user type keeps that type's Len and Swap. Sorting a slice of strings
// by several keys with SliceStable passes.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type lens []string

func (l lens) Len() int           { return len(l) }
func (l lens) Less(i, j int) bool { return len(l[i]) < len(l[j]) }
func (l lens) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

func main() {
	words := strings.Fields("a bbb cc dddd ee f ggg hh iiii j")
	sort.Stable(sort.Reverse(lens(words)))
	fmt.Println(words)
	sort.Stable(sort.Reverse(sort.Reverse(lens(words))))
	fmt.Println(words)

	r := sort.Reverse(sort.IntSlice([]int{1, 2, 3}))
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0), sort.IsSorted(r))
	fmt.Printf("%T %T\n", r, sort.IntSlice(nil))

	// Multi-key sort: stable passes from the least significant key.
	recs := []string{"b:2", "a:2", "c:1", "a:1", "b:1", "c:2"}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i][0] < recs[j][0] })
	sort.SliceStable(recs, func(i, j int) bool { return recs[i][2] > recs[j][2] })
	fmt.Println(recs)

	fs := sort.Float64Slice{1, 2, 3}
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)
}
