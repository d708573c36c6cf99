// checks: select receive cases assigning to map elements, fields, indexed and
// dereferenced targets; send of a nested receive; channel conversions and
// comparisons
package main

import "fmt"

type box struct {
	v  int
	ok bool
}

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 9; i++ {
		c <- i
	}
	m := map[string]int{}
	var b box
	arr := [3]int{}
	p := new(int)
	idx := 0
	next := func() int { idx++; return idx - 1 }
	var ok bool
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			select {
			case m["k"] = <-c:
			}
		case 1:
			select {
			case b.v, b.ok = <-c:
			}
		case 2:
			select {
			case arr[next()] = <-c:
			}
		case 3:
			select {
			case *p, ok = <-c:
			}
		case 4:
			select {
			case arr[next()], ok = <-c:
				if ok {
					break
				}
				fmt.Println("not reached")
			}
		case 5:
			var s []int
			s = append(s, 0)
			select {
			case s[0] = <-c:
				fmt.Println("slice elem", s[0])
			}
		}
	}
	fmt.Println(m, b, arr, *p, ok, idx)

	// Nested receive in a send case is evaluated on entry to the select.
	d := make(chan int, 1)
	d <- 100
	out := make(chan int, 1)
	select {
	case out <- <-d + 1:
	}
	fmt.Println(<-out)
	c <- <-c * 2
	fmt.Println(len(c), <-c+<-c)

	// Channel types, conversions, comparisons, map keys.
	var cc chan<- chan int
	cc2 := make(chan chan int, 1)
	cc = cc2
	inner := make(chan int, 1)
	cc <- inner
	(<-cc2) <- 5
	fmt.Println(<-inner)
	var ro <-chan int = (<-chan int)(inner)
	fmt.Println(ro == inner, inner != nil)
	seen := map[chan int]string{inner: "inner"}
	fmt.Println(seen[inner], len(seen[make(chan int)]))
	var rr <-chan <-chan int
	x := make(chan (<-chan int), 1)
	x <- inner
	rr = x
	inner <- 9
	fmt.Println(<-<-rr)
	type pair struct {
		a chan int
		n int
	}
	fmt.Println(pair{inner, 1} == pair{inner, 1}, pair{inner, 1} == pair{nil, 1})
	sc := make(chan struct{ a, b int }, 1)
	sc <- struct{ a, b int }{1, 2}
	fmt.Println(<-sc)

loop:
	for {
		select {
		default:
			break loop
		}
	}
	fmt.Println("broke out")
}
