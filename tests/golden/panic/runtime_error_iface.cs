package main

import (
	"errors"
	"fmt"
	"runtime"
)

type myRuntimeErr struct{}

func (myRuntimeErr) Error() string { return "mine" }
func (myRuntimeErr) RuntimeError() {}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				re.RuntimeError()
				err = fmt.Errorf("recovered runtime error: %w", re)
				return
			}
			panic(r)
		}
	}()
	return a / b, nil
}

func classify(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case runtime.Error:
			fmt.Println("runtime.Error:", v.Error())
		case error:
			fmt.Println("plain error:", v)
		default:
			fmt.Println("other:", v)
		}
	}()
	f()
}

func main() {
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(7, 0)
	fmt.Println(q, err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	classify(func() { var m map[string]bool; m["k"] = true })
	classify(func() { s := []int{1}; i := 4; s[i] = 0 })
	classify(func() { var x interface{} = 1; _ = x.(string) })
	classify(func() { ch := make(chan int); close(ch); ch <- 1 })
	classify(func() { var p *struct{ n int }; p.n++ })
	classify(func() { panic(errors.New("not a runtime error")) })
	classify(func() { panic(myRuntimeErr{}) })
	classify(func() { panic("text") })
	var e error = myRuntimeErr{}
	_, ok := e.(runtime.Error)
	fmt.Println(ok)
}
