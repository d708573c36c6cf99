// Methods of a named func type take the func value itself as their value
// receiver: a function literal passed for a parameter of that type is kept
// in its caller's frame only while no receiver or method value lets the
// closure outlive the call (leak.c).
package main

import "fmt"

type Handler func() int

var saved []Handler
var savedM []func() int

func (h Handler) Keep()             { saved = append(saved, h) }
func (h Handler) Call() int         { return h() }
func (h Handler) Twice() int        { return h.Call() + h.Call() }
func (h Handler) Send(c chan int)   { c <- h() }
func (h Handler) Spawn(c chan int)  { go func() { c <- h() }() }
func (h Handler) KeepVia()          { h.Keep() }
func (h Handler) Bound() func() int { return h.Call }

func viaKeep(h Handler)              { h.Keep() }
func viaKeepVia(h Handler)           { h.KeepVia() }
func viaMethodValue(h Handler)       { savedM = append(savedM, h.Call) }
func viaBound(h Handler)             { savedM = append(savedM, h.Bound()) }
func viaGo(h Handler, c chan int)    { go h.Send(c) }
func viaSpawn(h Handler, c chan int) { h.Spawn(c) }
func viaCall(h Handler) int          { return h.Call() + h.Twice() }

// smash overwrites the stack below its caller's frame.
func smash(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	if n > 0 {
		return smash(n-1) + a[n%64]
	}
	return a[5]
}

func store(i int) {
	x, y := i*3, i*5
	viaKeep(func() int { return x + y })
	viaKeepVia(func() int { return x - y })
	viaMethodValue(func() int { return x * y })
	viaBound(func() int { return x*100 + y })
}

func spawn(i int, c chan int, direct bool) {
	a, b := i, i*i
	if direct {
		viaGo(func() int { smash(5); return a + b }, c)
	} else {
		viaSpawn(func() int { smash(5); return a*10 + b }, c)
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		store(i)
		smash(20)
	}
	for _, h := range saved {
		smash(10)
		fmt.Println("kept", h())
	}
	for _, f := range savedM {
		smash(10)
		fmt.Println("method value", f())
	}
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		spawn(i, c, true)
		smash(10)
		fmt.Println("go", <-c)
		spawn(i, c, false)
		smash(10)
		fmt.Println("spawn", <-c)
	}
	k := 7
	fmt.Println("call", viaCall(func() int { return k }))
}
