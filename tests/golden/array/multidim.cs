// checks: two-dimensional arrays, nested loops and row copies
package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid[2], row, len(grid), len(grid[0]))
	id := [3][3]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	sum := 0
	for _, r := range id {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum)
}
