// checks: select merges two producers; the totals are exact
package main

import "fmt"

func producer(n, mult int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i * mult
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := producer(100, 1), producer(50, 1000)
	sumA, sumB, count := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			count++
		}
	}
	fmt.Println(sumA, sumB, count)
}
