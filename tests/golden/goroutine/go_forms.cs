// checks: go with a named function, a method, a closure; args evaluated at go
package main

import "fmt"

type Acc struct{ out chan string }

func (a *Acc) Report(s string) { a.out <- "method " + s }

func send(ch chan string, s string) { ch <- "func " + s }

func main() {
	ch := make(chan string)
	a := &Acc{ch}
	x := "one"
	go send(ch, x)
	x = "changed"
	fmt.Println(<-ch)
	go a.Report("two")
	fmt.Println(<-ch)
	go func(s string) { ch <- "closure " + s }("three")
	fmt.Println(<-ch)
	fmt.Println(x)
}
