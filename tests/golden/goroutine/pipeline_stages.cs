package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	nums := make([]int, 50)
	for i := range nums {
		nums[i] = i
	}
	for v := range filter(sq(sq(gen(nums...))), func(x int) bool { return x%3 == 1 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// stage chain of 100
	var c <-chan int = gen(1, 2, 3)
	for i := 0; i < 100; i++ {
		in := c
		out := make(chan int)
		go func() {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}()
		c = out
	}
	for v := range c {
		fmt.Println(v)
	}
}
