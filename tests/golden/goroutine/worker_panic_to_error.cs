// Workers turn their panics (runtime errors included) into errors with
// recover; the runtime.Error ones are told apart.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

type PanicError struct {
	Task  int
	Value interface{}
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %d panicked: %v", p.Task, p.Value) }

func safeGo(wg *sync.WaitGroup, task int, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &PanicError{task, r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	data := []int{1, 2, 3}
	var m map[string]int
	safeGo(&wg, 1, errs, func() { _ = data[5] })
	safeGo(&wg, 2, errs, func() { m["x"] = 1 })
	safeGo(&wg, 3, errs, func() { panic(fmt.Errorf("custom failure %d", 42)) })
	safeGo(&wg, 4, errs, func() { fmt.Sprint("fine") })
	safeGo(&wg, 5, errs, func() {
		var p *PanicError
		_ = p.Task
	})
	safeGo(&wg, 6, errs, func() {
		var i interface{} = "str"
		_ = i.(int)
	})
	wg.Wait()
	close(errs)
	got := map[int]error{}
	for e := range errs {
		var pe *PanicError
		if errors.As(e, &pe) {
			got[pe.Task] = e
		}
	}
	for t := 1; t <= 6; t++ {
		if e, ok := got[t]; ok {
			var pe *PanicError
			errors.As(e, &pe)
			_, isRuntime := pe.Value.(runtime.Error)
			fmt.Printf("%v (runtime error: %v)\n", e, isRuntime)
		} else {
			fmt.Printf("task %d ok\n", t)
		}
	}
}
