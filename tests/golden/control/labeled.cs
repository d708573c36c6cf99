// checks: labeled break and continue on nested loops
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := -1
search:
	for _, row := range [][]int{{1, 2}, {3, 42}, {42}} {
		for _, v := range row {
			if v == 42 {
				found = v
				break search
			}
		}
	}
	fmt.Println(found)
}
