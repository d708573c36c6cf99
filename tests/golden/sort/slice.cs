// sort.Slice, SliceStable and SliceIsSorted on slices of assorted element
// types and sizes, including a named slice type and big structs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Key   string
	Score float64
	Tags  [3]int
	Ok    bool
}

type Words []string

type big struct {
	id  int
	pad [20]int64
}

func main() {
	items := []Item{
		{"b", 2.5, [3]int{1, 2, 3}, true},
		{"a", 9, [3]int{4, 5, 6}, false},
		{"d", -1, [3]int{7, 8, 9}, true},
		{"c", 2.5, [3]int{0, 0, 1}, false},
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Key < items[j].Key })
	fmt.Println(items)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Score > items[j].Score })
	fmt.Println(items)
	fmt.Println(sort.SliceIsSorted(items, func(i, j int) bool { return items[i].Score > items[j].Score }))
	fmt.Println(sort.SliceIsSorted(items, func(i, j int) bool { return items[i].Key < items[j].Key }))

	w := Words(strings.Fields("the quick brown fox jumps over the lazy dog"))
	sort.Slice(w, func(i, j int) bool { return w[i] < w[j] })
	fmt.Println(w, len(w))
	sort.SliceStable(w, func(i, j int) bool { return len(w[i]) < len(w[j]) })
	fmt.Println(w)

	bytes := []byte("sorting bytes")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Printf("%q\n", bytes)

	small := []int16{300, -5, 7, 0}
	sort.Slice(small, func(i, j int) bool { return small[i] > small[j] })
	fmt.Println(small)

	ptrs := []*Item{&items[0], &items[1], &items[2], &items[3]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Tags[2] < ptrs[j].Tags[2] })
	for _, p := range ptrs {
		fmt.Print(p.Key, " ")
	}
	fmt.Println()

	bs := make([]big, 50)
	for i := range bs {
		bs[i].id = (i * 37) % 50
		for k := range bs[i].pad {
			bs[i].pad[k] = int64(bs[i].id * k)
		}
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].id < bs[j].id })
	ok := true
	for i := range bs {
		if bs[i].id != i || bs[i].pad[19] != int64(i*19) {
			ok = false
		}
	}
	fmt.Println("big structs sorted intact:", ok)

	ifs := []interface{}{3, "x", 1.5}
	sort.Slice(ifs, func(i, j int) bool { return fmt.Sprint(ifs[i]) < fmt.Sprint(ifs[j]) })
	fmt.Println(ifs)

	var none []Item
	sort.Slice(none, func(i, j int) bool { return true })
	fmt.Println(none, sort.SliceIsSorted(none, func(i, j int) bool { return true }))
	one := []string{"only"}
	sort.SliceStable(one, func(i, j int) bool { return true })
	fmt.Println(one)
}
