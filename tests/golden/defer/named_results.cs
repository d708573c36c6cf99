// checks: deferred closures reading and modifying named results, with and
// without a panic; a recovered panic returns the named results as the body
// and the deferred calls left them, and zero values for unnamed ones
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func setBeforePanic() (x int, s string) {
	defer func() {
		recover()
		s += "+deferred"
	}()
	x = 5
	s = "body"
	panic("p")
}

func unnamed() (int, string) {
	defer func() { recover() }()
	panic("q")
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	v, e := strconv.Atoi(s)
	if e != nil {
		panic(e)
	}
	return v * 10, nil
}

type T struct{ log []string }

func (t *T) step(name string) (ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
			err = errors.New(fmt.Sprint(name, ": ", r))
		}
		t.log = append(t.log, name)
	}()
	if name == "bad" {
		var a []int
		_ = a[len(name)]
	}
	return true, nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(setBeforePanic())
	fmt.Println(unnamed())
	fmt.Println(parse("12"))
	fmt.Println(parse("x"))
	t := &T{}
	fmt.Println(t.step("good"))
	fmt.Println(t.step("bad"))
	fmt.Println(t.log)
	fmt.Println(counter())
}
