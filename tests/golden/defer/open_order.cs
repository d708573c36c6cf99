// checks: deferred calls run LIFO whether open-coded (no defer in a loop)
// or recorded (a defer in a loop), conditional defers, and the order when
// a panic runs them, through several frames of both kinds
package main

import "fmt"

func say(s string) { fmt.Println(s) }

func open(c bool) {
	defer say("open 1")
	if c {
		defer say("open 2 (conditional)")
	} else {
		defer say("open 2 (else)")
	}
	switch {
	case c:
		defer say("open 3 (switch)")
	}
	say("open body")
}

func mixed(n int) {
	defer say("mixed first")
	for i := 0; i < n; i++ {
		defer fmt.Println("mixed loop", i)
	}
	defer say("mixed last")
	say("mixed body")
}

func mixedPanic(n int) {
	defer say("mixedPanic first")
	for i := range make([]int, n) {
		defer fmt.Println("mixedPanic loop", i)
		if i == n-1 {
			panic(fmt.Sprint("boom at ", i))
		}
	}
	defer say("not deferred")
}

func inner() {
	defer say("inner open")
	var m map[string]int
	m["x"] = 1
}

func middle() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("middle loop", i)
	}
	inner()
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer say("outer open")
	middle()
	say("not reached")
}

func main() {
	open(true)
	open(false)
	mixed(3)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		mixedPanic(3)
	}()
	outer()
	say("main done")
}
