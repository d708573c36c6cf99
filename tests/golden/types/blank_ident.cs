// checks: the blank identifier in assignments, declarations, ranges, params
package main

import "fmt"

func two() (int, string) { return 1, "one" }

func ignore(_ int, b int) int { return b }

var _ = fmt.Sprint("evaluated")

func main() {
	_, s := two()
	n, _ := two()
	fmt.Println(s, n)
	var _ int = 5
	_ = n
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	for range []int{1, 2} {
		sum++
	}
	fmt.Println(sum, ignore(1, 2))
}
