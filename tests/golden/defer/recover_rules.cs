// checks: which deferred calls may recover: `defer recover()` does not;
// recover in a helper of the deferred function does not; a deferred named
// function, method, func value and interface method calling recover
// directly do; a panic in a deferred call at a normal return
package main

import "fmt"

func deferRecover() {
	defer func() { fmt.Println("outer got:", recover()) }()
	func() {
		defer recover()
		panic("A")
	}()
}

func helper() interface{} { return recover() }

func viaHelper() {
	defer func() { fmt.Println("outer got:", recover()) }()
	func() {
		defer func() { fmt.Println("helper got:", helper()) }()
		panic("B")
	}()
}

func rescue() { fmt.Println("rescue got:", recover()) }

type R struct{ name string }

func (r R) Rescue() { fmt.Println(r.name, "got:", recover()) }

type Rescuer interface{ Rescue() }

func named() {
	defer rescue()
	panic("C")
}

func method() {
	r := R{"method"}
	defer r.Rescue()
	panic("D")
}

func value() {
	f := rescue
	defer f()
	panic("E")
}

func iface() {
	var r Rescuer = R{"iface"}
	defer r.Rescue()
	panic("F")
}

func atReturn() (s string) {
	defer func() { s = fmt.Sprint("atReturn got: ", recover()) }()
	defer func() { panic("G") }()
	return "normal"
}

func main() {
	deferRecover()
	viaHelper()
	named()
	method()
	value()
	iface()
	fmt.Println(atReturn())
	fmt.Println("done")
}
