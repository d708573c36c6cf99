// checks: integer loops with maps as a memo table
package main

import "fmt"

var memo = map[int]int{1: 1}

func steps(n int) int {
	if v, ok := memo[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	r := 1 + steps(next)
	memo[n] = r
	return r
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println(bestN, best)
}
