package main

import "fmt"

func main() {
	var in chan int
	out := make(chan int, 1)
	select {
	case v := <-in:
		fmt.Println("impossible", v)
	case in <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
	// toggle cases on and off by setting channels to nil
	src := make(chan int)
	go func() {
		for i := 0; i < 6; i++ {
			src <- i
		}
		close(src)
	}()
	var pending []int
	recv := src
	for recv != nil || len(pending) > 0 {
		var send chan int
		var next int
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case v, ok := <-recv:
			if !ok {
				recv = nil
				break
			}
			pending = append(pending, v*10)
		case send <- next:
			pending = pending[1:]
			fmt.Println("sent", <-out)
		}
	}
	fmt.Println("drained")
	var nc chan int
	fmt.Println(len(nc), cap(nc), nc == nil)
}
