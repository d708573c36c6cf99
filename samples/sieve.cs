// sieve.cs: the concurrent prime sieve. A generator goroutine sends 2, 3,
// 4, ...; each prime found starts a filter goroutine that drops its
// multiples, so the numbers flow through a growing chain of goroutines
// connected by channels. The first number out of the chain is prime.
// Run: build/csc samples/sieve.cs -o sieve && ./sieve [count]
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if i := <-in; i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < n; i++ {
		prime := <-ch
		fmt.Println(prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
}
