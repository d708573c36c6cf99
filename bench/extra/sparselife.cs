// sparselife: Conway's life on an unbounded plane kept as a set of live
// cells, map[point]struct{} with a two-int struct key; each generation
// counts neighbours into a map[point]int8 and builds the next set.
// Seeded with an R-pentomino, a glider gun row and random soup; prints
// the population and bounding box.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type point struct{ x, y int }

type world map[point]struct{}

func (w world) step() world {
	counts := make(map[point]int8, 4*len(w))
	for p := range w {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[point{p.x + dx, p.y + dy}]++
				}
			}
		}
	}
	next := make(world, len(w))
	for p, c := range counts {
		if c == 3 {
			next[p] = struct{}{}
		} else if c == 2 {
			if _, alive := w[p]; alive {
				next[p] = struct{}{}
			}
		}
	}
	return next
}

func (w world) bounds() (point, point) {
	first := true
	var lo, hi point
	for p := range w {
		if first {
			lo, hi, first = p, p, false
			continue
		}
		if p.x < lo.x {
			lo.x = p.x
		}
		if p.y < lo.y {
			lo.y = p.y
		}
		if p.x > hi.x {
			hi.x = p.x
		}
		if p.y > hi.y {
			hi.y = p.y
		}
	}
	return lo, hi
}

func main() {
	n := 1200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w := world{}
	for _, p := range []point{{1, 0}, {2, 0}, {0, 1}, {1, 1}, {1, 2}} {
		w[point{p.x + 500, p.y + 500}] = struct{}{}
	}
	for x := 0; x < 200; x++ {
		if x%5 != 0 {
			w[point{x, -300}] = struct{}{}
		}
	}
	seed := uint32(99)
	for y := 0; y < 60; y++ {
		for x := 0; x < 60; x++ {
			seed = seed*1664525 + 1013904223
			if seed>>30 == 0 {
				w[point{x - 400, y + 100}] = struct{}{}
			}
		}
	}
	history := make([]int, 0, n)
	for g := 0; g < n; g++ {
		w = w.step()
		history = append(history, len(w))
	}
	lo, hi := w.bounds()
	sum := 0
	for i, h := range history {
		sum += h * (i%10 + 1)
	}
	fmt.Println(len(w), lo, hi, sum)
}
