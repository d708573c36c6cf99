// checks: integer division by zero panics
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
}
