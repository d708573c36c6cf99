// checks: arrays are values: assignment and calls copy them
package main

import "fmt"

func change(a [3]int) [3]int {
	a[0] = 100
	return a
}

func changePtr(a *[3]int) { a[0] = 200 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	c := change(a)
	fmt.Println(a, b, c)
	changePtr(&a)
	fmt.Println(a)
	type box struct{ arr [2]string }
	x := box{[2]string{"p", "q"}}
	y := x
	y.arr[0] = "z"
	fmt.Println(x, y)
}
