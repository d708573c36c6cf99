// checks: select send cases to many consumers; every value is delivered once
package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	sums := make([]int, 2)
	for i, c := range []chan int{a, b} {
		wg.Add(1)
		go func(i int, c chan int) {
			defer wg.Done()
			for v := range c {
				sums[i] += v
			}
		}(i, c)
	}
	for v := 1; v <= 100; v++ {
		select {
		case a <- v:
		case b <- v:
		}
	}
	close(a)
	close(b)
	wg.Wait()
	fmt.Println(sums[0] + sums[1])
}
