// checks: inner scopes shadow outer names; := in if/for/switch init
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := true; x {
	case true:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	a, err := 1, "e1"
	b, err := 2, "e2"
	fmt.Println(a, b, err)
}
