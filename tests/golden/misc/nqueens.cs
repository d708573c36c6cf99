// checks: backtracking with slices and recursion (8 queens count)
package main

import "fmt"

func solve(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += solve(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Println(n, solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)))
	}
}
