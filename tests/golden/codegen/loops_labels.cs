// checks (codegen): for loops with complex post statements, continue, break out of select
package main

import "fmt"

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		if i == 2 {
			continue
		}
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	x := 0
	for x < 10 {
		x += 3
		if x == 6 {
			continue
		}
		switch {
		case x > 8:
			break
		default:
			fmt.Print("x", x, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	n := 0
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			if v == 1 {
				break
			}
			n += v
		}
	}
	fmt.Println("n", n)
}
