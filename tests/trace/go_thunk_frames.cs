package main

// Run by frames.sh: goroutines started by go statements of several
// shapes (a function, a method on a pointer and on a value, a method
// through an interface, a func literal), their callees in pairs with the
// same code; each blocks in a channel receive. The deadlock dump shows
// each goroutine in its own function, once, under the go statement that
// created it. gcc folds identical functions (or the parts it splits off
// them, f.part.0) into one unless told not to: the goroutines blocked in
// down showed up and down frames, at up's lines.

import "fmt"

type Left struct{ ch chan int }
type Right struct{ ch chan int }

type Waiter interface{ Wait(n int) }

func (l *Left) Wait(n int) {
	if n < 0 {
		return
	}
	v := <-l.ch
	fmt.Println(n, v)
}

func (r *Right) Wait(n int) {
	if n < 0 {
		return
	}
	v := <-r.ch
	fmt.Println(n, v)
}

func (l Left) Recv(n int) {
	if n < 0 {
		return
	}
	v := <-l.ch
	fmt.Println(n, v)
}

func (r Right) Recv(n int) {
	if n < 0 {
		return
	}
	v := <-r.ch
	fmt.Println(n, v)
}

func up(ch chan int, n int) {
	if n < 0 {
		return
	}
	v := <-ch
	fmt.Println(n, v)
}

func down(ch chan int, n int) {
	if n < 0 {
		return
	}
	v := <-ch
	fmt.Println(n, v)
}

func spawn(w Waiter, n int) {
	go w.Wait(n)
}

func main() {
	ch := make(chan int)
	go up(ch, 1)
	go down(ch, 2)
	go (&Left{ch}).Wait(3)
	go (&Right{ch}).Wait(4)
	go Left{ch}.Recv(5)
	go Right{ch}.Recv(6)
	spawn(&Left{ch}, 7)
	spawn(&Right{ch}, 8)
	go func(n int) {
		if n < 0 {
			return
		}
		v := <-ch
		fmt.Println(n, v)
	}(9)
	go func(n int) {
		if n < 0 {
			return
		}
		v := <-ch
		fmt.Println(n, v)
	}(10)
	down(ch, 11)
}
