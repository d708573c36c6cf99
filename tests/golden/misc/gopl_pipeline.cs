// pipeline1-3: counter -> squarer -> printer with unbuffered, closed and directional channels,
// plus a buffered-channel mirroredQuery and a fan-in of several producers.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func pipeline1() {
	naturals := make(chan int)
	squares := make(chan int)
	go func() {
		for x := 0; x < 5; x++ {
			naturals <- x
		}
		close(naturals)
	}()
	go func() {
		for {
			x, ok := <-naturals
			if !ok {
				break
			}
			squares <- x * x
		}
		close(squares)
	}()
	for {
		x, ok := <-squares
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
}

func counter(out chan<- int) {
	for x := 0; x < 100; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int) {
	sum := 0
	n := 0
	for v := range in {
		if n < 10 {
			fmt.Print(v, " ")
		}
		sum += v
		n++
	}
	fmt.Println("... n =", n, "sum =", sum)
}

func mirroredQuery() string {
	responses := make(chan string, 3)
	go func() { responses <- "asia" }()
	go func() { responses <- "asia" }()
	go func() { responses <- "asia" }()
	return <-responses
}

func fanIn(producers int) []int {
	out := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				out <- id*10 + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []int
	for v := range out {
		got = append(got, v)
	}
	sort.Ints(got)
	return got
}

func main() {
	pipeline1()
	naturals := make(chan int)
	squares := make(chan int)
	go counter(naturals)
	go squarer(squares, naturals)
	printer(squares)
	fmt.Println(mirroredQuery())
	fmt.Println(fanIn(4))
	ch := make(chan string, 3)
	ch <- "A"
	ch <- "B"
	fmt.Println(len(ch), cap(ch), <-ch, len(ch))
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	var out chan<- int = make(chan int, 1)
	out <- 1
	fmt.Printf("%T %d\n", out, len(out))
}
