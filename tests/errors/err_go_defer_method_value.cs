package main

// A method value where go and defer need a call: gc's parser reports it
// at the selector's dot, the position it gives every x.f.

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) bump() { c.n++ }

func main() {
	var mu sync.Mutex
	c := &counter{}
	mu.Lock()
	defer mu.Unlock
	go c.bump
	defer c.mu.
		Unlock
	defer (c.bump)
}
