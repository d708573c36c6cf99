package main

import "fmt"

// `for _, v := range a` copies the array a; for a big array that copy
// must not go on a goroutine's stack.
func work(id int) int64 {
	var a [200000]int64
	for i := range a {
		a[i] = int64(i * id)
	}
	var s int64
	for _, v := range a {
		a[len(a)-1] = 0 // the range copy keeps the old value
		s += v
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
}
