package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println("| len", r.Len())
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	show(r)
	removed := r.Unlink(3)
	show(r)
	show(removed)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z)
	var nilr *ring.Ring
	fmt.Println(nilr.Len(), ring.New(0) == nil)
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
}
