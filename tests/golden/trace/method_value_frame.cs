package main

// A method value of a nil pointer, called: the method faults inside the
// function csc makes for the method value (gcc inlined the method there).
// Go hides its wrapper (T.Get-fm) but shows the method: the traceback has
// main.(*T).Get at its line, then main.main at the call.

import "fmt"

type T struct{ x int }

func (t *T) Get() int { return t.x }

func main() {
	var t *T
	f := t.Get
	fmt.Println("have f")
	fmt.Println(f())
}
