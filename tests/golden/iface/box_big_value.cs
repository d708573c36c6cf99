package main

import "fmt"

type Big struct {
	id  int
	buf [1 << 20]byte
}

var sink interface{}

func use(x interface{}) { sink = x }

func size(x interface{}) int { return len(x.(Big).buf) + x.(Big).id }

func main() {
	b := &Big{id: 7}
	b.buf[5] = 9
	done := make(chan int)
	go func() {
		use(*b)
		var v interface{} = *b
		done <- size(v) + int(sink.(Big).buf[5])
	}()
	fmt.Println(<-done)
	var nb *Big
	defer func() { fmt.Println("recovered:", recover()) }()
	use(*nb)
}
