// Close racing with senders: every sender either completes its send or
// panics "send on closed channel" (recovered); completed sends are all
// received exactly once, in per-sender order.
package main

import "fmt"

const senders = 32
const perSender = 3000

func sendAll(c chan int, id int, sent *int, msg *string) {
	defer func() {
		if r := recover(); r != nil {
			*msg = fmt.Sprint(r)
		}
	}()
	for i := 0; i < perSender; i++ {
		c <- id*perSender + i
		*sent = i + 1
	}
}

func round(capacity int, before int) {
	c := make(chan int, capacity)
	done := make(chan bool)
	sent := make([]int, senders)
	msgs := make([]string, senders)
	for s := 0; s < senders; s++ {
		go func(s int) {
			sendAll(c, s, &sent[s], &msgs[s])
			done <- true
		}(s)
	}
	next := make([]int, senders)
	got := 0
	bad := 0
	take := func(v int) {
		s := v / perSender
		if v%perSender != next[s] {
			bad++
		}
		next[s]++
		got++
	}
	for got < before {
		take(<-c)
	}
	close(c)
	for v := range c {
		take(v)
	}
	for s := 0; s < senders; s++ {
		<-done
	}
	total := 0
	panicked := 0
	for s := 0; s < senders; s++ {
		total += sent[s]
		if sent[s] != next[s] {
			bad++
		}
		if msgs[s] != "" {
			panicked++
			if msgs[s] != "send on closed channel" {
				bad++
			}
		} else if sent[s] != perSender {
			bad++
		}
	}
	fmt.Println("cap", capacity, "consistent", total == got, "bad", bad, "some panicked", panicked > 0)
}

func main() {
	for _, capacity := range []int{0, 1, 64} {
		round(capacity, 20000)
	}
}
