// checks: a generator goroutine stopped through a quit channel
package main

import "fmt"

func fib(quit <-chan bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return out
}

func main() {
	quit := make(chan bool)
	f := fib(quit)
	for i := 0; i < 12; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	quit <- true
	_, ok := <-f
	fmt.Println("closed:", !ok)
}
