// checks: zero values of every kind of type
package main

import "fmt"

type P struct {
	X, Y int
	S    string
	B    bool
}

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var sl []int
	var m map[string]int
	var p *P
	var st P
	var arr [3]bool
	var ch chan int
	var fn func()
	var e error
	fmt.Println(i, f, s == "", b, sl, m, p, st, arr, ch, fn == nil, e)
	fmt.Println(sl == nil, m == nil, p == nil, ch == nil, e == nil, len(sl), len(m))
	fmt.Printf("%+v\n", st)
}
