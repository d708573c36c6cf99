// checks: defers in a loop: closure shares the loop variable, argument does not
package main

import "fmt"

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print(i, " ") }()
		}
	}()
	fmt.Println()
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { fmt.Print(n, " ") }(i)
		}
	}()
	fmt.Println()
}
