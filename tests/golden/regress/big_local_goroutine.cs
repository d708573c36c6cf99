package main

import "fmt"

// A local array far bigger than a goroutine's stack must still work in a
// goroutine: Go moves such variables to the heap.
type Grid struct {
	cells [300][300]int32
	name  string
}

func work(id int) int64 {
	var a [200000]int64
	for i := 0; i < len(a); i++ {
		a[i] = int64(i * id)
	}
	var s int64
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func main() {
	ch := make(chan int64)
	for i := 1; i <= 3; i++ {
		go func(i int) { ch <- work(i) }(i)
	}
	t := int64(0)
	for i := 0; i < 3; i++ {
		t += <-ch
	}
	fmt.Println(t)
	done := make(chan int32)
	go func() {
		var g Grid
		g.cells[299][299] = 7
		g.name = "g"
		done <- g.cells[299][299] + int32(len(g.name))
	}()
	fmt.Println(<-done)
}
