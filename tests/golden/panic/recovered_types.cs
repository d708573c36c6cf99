package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct {
	A int
	B string
}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
	}()
	f()
}

func main() {
	try(func() { panic("str") })
	try(func() { panic(3.5) })
	try(func() { panic(T{1, "x"}) })
	try(func() { panic(errors.New("an error")) })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { a := []int{1}; i := 5; _ = a[i] })
	try(func() { x := 0; fmt.Println(1 / x) })
	try(func() { var p *T; fmt.Println(p.A) })
	try(func() { var i interface{} = "s"; fmt.Println(i.(int)) })
	try(func() { a := make([]int, 3); j := 1; k := 0; _ = a[j:k] })
	try(func() { panic(fmt.Sprintf("%d", 7)) })
	if len(os.Args) > 5 {
		return
	}
	panic(fmt.Sprint(T{2, "y"}))
}
