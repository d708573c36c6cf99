// checks (codegen): defer/recover in functions whose parameters change after the frame is set up
package main

import "fmt"

func f(n int, s string) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -r
		}
	}()
	for n > 0 {
		n--
		r += len(s)
		s = s + "x"
		if r > 100 {
			panic("big")
		}
	}
	return
}

func g(a []int) int {
	total := 0
	defer fmt.Println("g done")
	for i := range a {
		total += a[i]
		a[i] = 0
	}
	return total
}

func main() {
	fmt.Println(f(3, "ab"), f(30, "abc"), g([]int{1, 2, 3}))
}
