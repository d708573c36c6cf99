// p.x where the type has X: gc adds ", but does have X"
package main

import (
	"strings"
	"sync"
)

type Point struct{ X, Y int }

func (p *Point) move() {}

func main() {
	p := Point{1, 2}
	_ = p.x
	p.Move()
	var sb strings.Builder
	sb.writeString("x")
	var mu sync.Mutex
	mu.lock()
	_ = p.Z
}
