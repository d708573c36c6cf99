package main

import "fmt"

type T struct{ v []int }

func main() {
	arr := []int{0, 0, 0}
	i := 0
	next := func() int { i++; return i }
	arr[i] = next()
	fmt.Println(arr, i)
	arr[i] += next()
	fmt.Println(arr, i)
	x := 10
	setx := func() int { x = 100; return 1 }
	x += setx()
	fmt.Println(x)
	t := &T{v: []int{1, 2, 3}}
	j := 0
	t.v[j] = func() int { j = 2; return 9 }()
	fmt.Println(t.v)
	var p *T
	defer func() { fmt.Println("recovered:", recover(), j) }()
	p.v[0] = func() int { j = 7; return 1 }()
}
