// checks: channels carry struct values by copy, and pointers by reference
package main

import "fmt"

type Msg struct {
	ID   int
	Body string
}

func main() {
	ch := make(chan Msg, 1)
	m := Msg{1, "hi"}
	ch <- m
	m.Body = "changed"
	got := <-ch
	fmt.Println(got, m)
	pch := make(chan *Msg, 1)
	pch <- &m
	p := <-pch
	p.ID = 2
	fmt.Println(m)
	ech := make(chan struct{}, 3)
	ech <- struct{}{}
	fmt.Println(len(ech))
}
