package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		go func(r request) {
			s := 0
			for i := 1; i <= r.n; i++ {
				s += i
			}
			r.reply <- s
		}(r)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	replies := make([]chan int, 10)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{i * 100, replies[i]}
	}
	for i, r := range replies {
		fmt.Println(i, <-r)
	}
	close(reqs)
	var cc chan chan<- int = make(chan chan<- int, 1)
	x := make(chan int, 1)
	cc <- x
	(<-cc) <- 5
	fmt.Println(<-x)
	// directional conversions
	var ro <-chan int = x
	var so chan<- int = x
	so <- 6
	fmt.Println(<-ro, len(ro), cap(so))
	fmt.Printf("%T %T %T\n", ro, so, cc)
}
