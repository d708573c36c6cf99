package main

import "fmt"

type B bool

func main() {
	mm := map[string]int{}
	n := 1
	var b B
	z := []int{1}
	z[0], n = mm["a"]
	var i interface{} = 1
	_, b = i.(int)
	ch := make(chan int)
	var s string
	_, s = <-ch
	fmt.Println(z, n, b, s)
	v, k := mm["x"]
	var f float64
	v, f = mm["y"]
	fmt.Println(v, k, f)
}
