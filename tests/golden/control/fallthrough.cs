// checks: fallthrough enters the next case body without testing it
package main

import "fmt"

func main() {
	for n := 0; n < 4; n++ {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" one-or-fell")
			fallthrough
		case 2:
			fmt.Print(" two-or-fell")
		case 3:
			fmt.Print(" three")
			fallthrough
		default:
			fmt.Print(" default")
		}
		fmt.Println()
	}
}
