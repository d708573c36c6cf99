// checks: switch with a tag, several values per case, default anywhere
package main

import "fmt"

func classify(n int) string {
	switch n {
	default:
		return "many"
	case 0:
		return "none"
	case 1, 2, 3:
		return "few"
	case 4:
	}
	return "four (empty case)"
}

func main() {
	for _, n := range []int{0, 2, 4, 9} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 20:
		fmt.Println("twenty")
	}
}
