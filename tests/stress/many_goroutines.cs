// 100,000 goroutines through one unbuffered channel, then a ring of
// 10,000 goroutines passing a token around 10 times.
package main

import "fmt"

func main() {
	const n = 100000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { c <- i }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum)

	const ring = 10000
	first := make(chan int)
	in := first
	for i := 0; i < ring-1; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	token := 0
	for lap := 0; lap < 10; lap++ {
		first <- token
		token = <-last + 1
	}
	close(first)
	fmt.Println(token)
}
