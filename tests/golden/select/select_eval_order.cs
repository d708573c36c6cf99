package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "ch "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

type box struct{ vals [3]int }

func main() {
	a := make(chan int) // nobody receives: only the receive from b is ready
	b := make(chan int, 1)
	b <- 42
	var x int
	var ok bool
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent a")
	case x, ok = <-ch("b", b):
		fmt.Println("recv b", x, ok)
	case ch("nil", nil) <- val("nil", 3):
		fmt.Println("impossible")
	}
	fmt.Println(trace)
	fmt.Println(len(a) + len(b))
	var bx box
	i := 1
	c := make(chan int, 3)
	c <- 7
	select {
	case bx.vals[i] = <-c:
	}
	fmt.Println(bx.vals)
	m := map[string]int{}
	c <- 8
	select {
	case m["k"] = <-c:
	}
	fmt.Println(m)
	var p *int = new(int)
	c <- 9
	select {
	case *p = <-c:
	}
	fmt.Println(*p)
	close(c)
	select {
	case x, ok = <-c:
		fmt.Println(x, ok)
	}
	for range c {
		fmt.Println("no")
	}
	d := make(chan [2]string, 1)
	d <- [2]string{"x", "y"}
	arr := <-d
	fmt.Println(arr, len(arr))
	fc := make(chan func(int) int, 1)
	fc <- func(v int) int { return v * 3 }
	fmt.Println((<-fc)(5))
	ic := make(chan interface{}, 3)
	ic <- 1
	ic <- "s"
	ic <- nil
	close(ic)
	for v := range ic {
		fmt.Printf("%v %T\n", v, v)
	}
}
