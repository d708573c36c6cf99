package main

import "fmt"

func main() {
	c := make(chan string, 5)
	c <- "a"
	c <- "b"
	c <- "c"
	close(c)
	fmt.Println(len(c), cap(c))
	for s := range c {
		fmt.Print(s)
	}
	fmt.Println()
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	// close wakes all receivers
	d := make(chan int)
	res := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			_, ok := <-d
			res <- ok
		}()
	}
	close(d)
	n := 0
	for i := 0; i < 5; i++ {
		if !<-res {
			n++
		}
	}
	fmt.Println("woken:", n)
	// receive from closed with struct zero value
	type pt struct{ x, y int }
	pc := make(chan pt, 1)
	pc <- pt{1, 2}
	close(pc)
	p1, ok1 := <-pc
	p2, ok2 := <-pc
	fmt.Println(p1, ok1, p2, ok2)
	// closed channel in select always ready
	e := make(chan int)
	close(e)
	cnt := 0
	for i := 0; i < 100; i++ {
		select {
		case <-e:
			cnt++
		default:
		}
	}
	fmt.Println(cnt)
}
