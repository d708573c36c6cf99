// checks: tagless switch picks the first true case; init statement
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 90} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch n := 7; {
	case n%2 == 0:
		fmt.Println("even")
	case n > 5:
		fmt.Println("odd and big")
	default:
		fmt.Println("odd")
	}
}
