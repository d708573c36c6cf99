// checks: structs and arrays as map keys compare by value
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	seen := map[Point]bool{}
	pts := []Point{{1, 2}, {3, 4}, {1, 2}, {0, 0}, {3, 4}}
	dups := 0
	for _, p := range pts {
		if seen[p] {
			dups++
		}
		seen[p] = true
	}
	fmt.Println(len(seen), dups, seen[Point{1, 2}], seen[Point{2, 1}])
	fmt.Println(seen)
	grid := map[[2]int]rune{}
	grid[[2]int{0, 1}] = 'x'
	fmt.Println(string(grid[[2]int{0, 1}]), len(grid))
}
