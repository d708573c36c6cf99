// checks: maps keyed by arrays and structs of 8-byte words (hashed and
// compared word by word) and by ones that are not (blank fields, which ==
// ignores; 4-byte fields; nested arrays of words; pointers and channels
// inside; empty structs): inserts over many rebuilds, lookups, deletes,
// iteration sums
package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

type blanky struct {
	a int
	_ int
	b int
}

type small struct{ a, b int32 }

type boxed struct {
	p *int
	c chan int
	n uint64
}

func main() {
	grid := map[point]int{}
	arr := map[[2]int]int{}
	for i := -300; i < 300; i++ {
		for j := 0; j < 40; j++ {
			grid[point{i, j * i}] += i + j
			arr[[2]int{j, i}]++
		}
	}
	fmt.Println(len(grid), len(arr), grid[point{-5, -50}], grid[point{7, 0}], arr[[2]int{3, -7}], arr[[2]int{99, 99}])
	for k := range grid {
		if k.x%2 == 0 {
			delete(grid, k)
		}
	}
	s := 0
	for k, v := range grid {
		s += k.x + k.y + v
	}
	fmt.Println("after deletes", len(grid), s)

	var b1, b2 blanky
	b1.a, b1.b = 1, 2
	b2.a, b2.b = 1, 2
	bm := map[blanky]string{b1: "one"}
	fmt.Println(bm[b2], len(bm), b1 == b2)

	sm := map[small]int{{1, 2}: 3, {-1, 2}: 4}
	sm[small{1, 2}]++
	fmt.Println(sm[small{1, 2}], sm[small{-1, 2}], sm[small{2, 1}])

	nested := map[[2][3]int]bool{}
	for i := 0; i < 1000; i++ {
		nested[[2][3]int{{i, i * 2, i * 3}, {-i, 0, i % 7}}] = i%3 == 0
	}
	fmt.Println(len(nested), nested[[2][3]int{{9, 18, 27}, {-9, 0, 2}}], nested[[2][3]int{{9, 18, 27}, {-9, 0, 3}}])

	x, y := 1, 1
	c := make(chan int)
	pm := map[boxed]int{{&x, c, 1}: 10, {&y, c, 1}: 20, {&x, nil, 1}: 30}
	fmt.Println(len(pm), pm[boxed{&x, c, 1}], pm[boxed{&y, c, 1}], pm[boxed{&x, nil, 1}], pm[boxed{nil, c, 1}])

	empty := map[struct{}]int{}
	empty[struct{}{}]++
	empty[struct{}{}]++
	fmt.Println(empty)

	keys := make([]point, 0)
	for k := range map[point]bool{{3, 1}: true, {1, 2}: true, {1, 1}: true} {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].x != keys[j].x {
			return keys[i].x < keys[j].x
		}
		return keys[i].y < keys[j].y
	})
	fmt.Println(keys, map[[2]int]string{{2, 1}: "b", {1, 2}: "a"})
}
