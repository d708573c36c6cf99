package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t T) Print()   { fmt.Println("value recv:", t.name) }
func (t *T) PPrint() { fmt.Println("ptr recv:", t.name) }

func triple() (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	defer func() { result *= 3 }()
	result = 5
	panic("oops")
}

func counter() (n int) {
	defer func() { n++ }()
	return 10
}

func loopDefer() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
}

func closeAll() (err error) {
	for _, name := range []string{"a", "b", "c"} {
		name := name
		defer func() {
			if e := fail(name); e != nil && err == nil {
				err = e
			}
		}()
	}
	return nil
}

func fail(n string) error {
	if n == "b" || n == "a" {
		return errors.New("close " + n)
	}
	return nil
}

func main() {
	t := T{"first"}
	defer t.Print()
	defer t.PPrint()
	f := t.Print
	t.name = "second"
	f()
	fmt.Println(triple())
	fmt.Println(counter())
	loopDefer()
	fmt.Println()
	fmt.Println(closeAll())
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		defer func() {
			defer func() { fmt.Println("nested recover:", recover()) }()
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println(recover())
}
