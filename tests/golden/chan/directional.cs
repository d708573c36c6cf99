// checks: send-only and receive-only channel types as parameters and results
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

func sink(in <-chan int, out chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	out <- s
}

func main() {
	res := make(chan int)
	go sink(gen(1, 2, 3, 4), res)
	fmt.Println(<-res)
	var ro <-chan int = res
	var so chan<- int = res
	go func() { so <- 99 }()
	fmt.Println(<-ro)
}
