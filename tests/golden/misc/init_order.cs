// checks: package-level vars initialised in dependency order, init() runs first
package main

import "fmt"

var a = b + 1
var b = f()
var total int

func f() int { return 41 }

func init() {
	total = a * 2
	fmt.Println("init", a, b)
}

func init() {
	fmt.Println("second init", total)
}

func main() {
	fmt.Println("main", a, b, total)
}
