// checks: i := i inside the loop gives each closure its own variable
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func(n int) func() int {
			return func() int { return n + 100 }
		}(i))
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
