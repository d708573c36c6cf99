package main

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct {
	X, Y, Z float64
	ID      int
	Tag     string
}

type Bag struct {
	items []Point
	ids   []int
}

func (b *Bag) add(p Point) {
	b.items = append(b.items, p)
	b.ids = append(b.ids, p.ID)
}

func filter(ps []Point, f func(Point) bool) []Point {
	var out []Point
	for _, p := range ps {
		if f(p) {
			out = append(out, p)
		}
	}
	return out
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	tags := []string{"a", "bb", "ccc"}
	total := 0
	var last Bag
	for round := 0; round < 4; round++ {
		var b Bag
		for i := 0; i < n/4; i++ {
			b.add(Point{float64(i), float64(i * 2), float64(round), i, tags[i%3]})
		}
		odd := filter(b.items, func(p Point) bool { return p.ID%2 == 1 })
		big := filter(odd, func(p Point) bool { return len(p.Tag) == 3 })
		total += len(odd) + len(big)
		// grow a 2D slice and shrink by re-slicing
		grid := make([][]int, 0)
		for r := 0; r < 300; r++ {
			row := []int{}
			for c := 0; c < 300; c++ {
				row = append(row, r*c)
			}
			grid = append(grid, row)
		}
		for len(grid) > 1 {
			grid = grid[1:]
		}
		total += grid[0][299]
		last = b
	}
	// copy and insert in the middle
	s := make([]Point, 0, 8)
	for i := 0; i < 2000; i++ {
		p := Point{ID: i}
		mid := len(s) / 2
		s = append(s, Point{})
		copy(s[mid+1:], s[mid:])
		s[mid] = p
	}
	sx := 0.0
	for _, p := range last.items {
		sx += p.X + p.Y + p.Z
	}
	fmt.Println(total, len(last.items), cap(last.ids) >= len(last.ids), sx, s[0].ID, s[1000].ID, s[1999].ID)
}
