package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	p := 0
	for i := 0; i < n; i++ {
		p = <-ch
		ch1 := make(chan int)
		go filter(ch, ch1, p)
		ch = ch1
	}
	fmt.Println(p)
}
