// checks: deferred call arguments are evaluated at the defer statement
package main

import "fmt"

type T struct{ n int }

func (t T) Show() { fmt.Println("receiver", t.n) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	t := T{1}
	defer t.Show()
	x = 2
	t.n = 2
	fmt.Println("main x =", x)
}
