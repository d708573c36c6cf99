// checks: a three-stage pipeline preserves order through unbuffered channels
package main

import "fmt"

func count(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(square(count(6))) {
		fmt.Println(v)
	}
}
