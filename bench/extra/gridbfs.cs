package main

// Breadth-first search on a grid keyed by a struct: a map[Point]bool
// of walls, a map[Point]int of distances, a slice used as a queue,
// and a second pass flood-filling regions with map[Point]int labels.

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y int }

var dirs = [4]Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

func main() {
	size := 600
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	walls := make(map[Point]bool)
	seed := uint32(99)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			seed = seed*1664525 + 1013904223
			if seed>>24 < 70 && !(x == 0 && y == 0) {
				walls[Point{x, y}] = true
			}
		}
	}
	dist := map[Point]int{{0, 0}: 0}
	queue := []Point{{0, 0}}
	far := Point{}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			q := Point{p.X + d.X, p.Y + d.Y}
			if q.X < 0 || q.Y < 0 || q.X >= size || q.Y >= size || walls[q] {
				continue
			}
			if _, seen := dist[q]; seen {
				continue
			}
			dist[q] = dist[p] + 1
			if dist[q] > dist[far] {
				far = q
			}
			queue = append(queue, q)
		}
	}
	fmt.Println("walls", len(walls), "reached", len(dist), "farthest", far, dist[far])

	label := make(map[Point]int)
	regions, biggest := 0, 0
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			s := Point{x, y}
			if walls[s] || label[s] != 0 {
				continue
			}
			regions++
			label[s] = regions
			stack := []Point{s}
			cnt := 0
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				cnt++
				for _, d := range dirs {
					q := Point{p.X + d.X, p.Y + d.Y}
					if q.X < 0 || q.Y < 0 || q.X >= size || q.Y >= size || walls[q] || label[q] != 0 {
						continue
					}
					label[q] = regions
					stack = append(stack, q)
				}
			}
			if cnt > biggest {
				biggest = cnt
			}
		}
	}
	fmt.Println("regions", regions, "biggest", biggest)
}
