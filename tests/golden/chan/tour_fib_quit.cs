package main

import "fmt"

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func sum(s []int, c chan int) {
	sum := 0
	for _, v := range s {
		sum += v
	}
	c <- sum
}

func fib2(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println(<-c)
		}
		quit <- 0
	}()
	fibonacci(c, quit)

	s := []int{7, 2, 8, -9, 4, 0}
	c2 := make(chan int)
	go sum(s[:len(s)/2], c2)
	go sum(s[len(s)/2:], c2)
	x, y := <-c2, <-c2
	fmt.Println(x+y, x == 17 || x == -5)

	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch)
	fmt.Println(<-ch)

	c3 := make(chan int, 10)
	go fib2(cap(c3), c3)
	for i := range c3 {
		fmt.Println(i)
	}
}
