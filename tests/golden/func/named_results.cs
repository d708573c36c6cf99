// checks: named results start at zero and bare return returns them (tier 2)
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeros() (n int, s string, ok bool) { return }

func override() (r int) {
	r = 1
	return 5
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zeros())
	fmt.Println(override())
}
