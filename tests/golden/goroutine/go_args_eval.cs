package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	name string
	n    int
}

func (a Acc) Report(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- fmt.Sprintf("%s=%d", a.name, a.n)
}

func (a *Acc) Incr(wg *sync.WaitGroup) {
	defer wg.Done()
	a.n++
}

func show(label string, a Acc) {
	fmt.Println(label, a.name, a.n)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	a := Acc{"a", 1}
	wg.Add(1)
	go a.Report(&wg, out) // receiver copied now
	a.n = 100
	wg.Wait()
	fmt.Println(<-out)
	wg.Add(1)
	go a.Incr(&wg)
	wg.Wait()
	fmt.Println(a.n)
	f := a.Report
	a.n = 5
	wg.Add(1)
	go f(&wg, out)
	wg.Wait()
	fmt.Println(<-out)
	x := 1
	done := make(chan bool)
	go func(v int) {
		fmt.Println("arg", v)
		done <- true
	}(x)
	x = 2
	<-done
	defer show("deferred with value at defer time:", a)
	a.n = 999
	g := Acc.Report
	wg.Add(1)
	g(Acc{"expr", 3}, &wg, out)
	fmt.Println(<-out)
	h := (*Acc).Incr
	wg.Add(1)
	h(&a, &wg)
	fmt.Println(a.n)
}
