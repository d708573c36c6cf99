package main

import "fmt"

func two() (int, int) { return 0, 99 }

func fp() (*int, int) { return nil, 42 }

func main() {
	x := []int{10, 20}
	i := 1
	i, x[i] = 0, 99
	fmt.Println(i, x)

	x = []int{10, 20}
	i = 1
	i, x[i] = two()
	fmt.Println(i, x)

	x = []int{10, 20}
	i = 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println(i, x)

	m := map[int]int{}
	k := 1
	for k, m[k] = range []int{7, 8} {
	}
	fmt.Println(k, m)

	p := new(int)
	q := p
	p, *p = fp()
	fmt.Println(p == nil, *q)

	var ok bool
	ch := make(chan int, 1)
	ch <- 5
	y := []int{0, 0}
	j := 1
	y[j], j = <-ch, 0
	fmt.Println(y, j, ok)

	mm := map[string]int{"a": 1}
	z := []int{0, 0}
	n := 1
	z[n], ok = mm["a"]
	fmt.Println(z, n, ok)

	var it interface{} = 3
	n = 1
	z[n], ok = it.(int)
	fmt.Println(z, ok)

	type S struct{ f int }
	s := &S{}
	s2 := s
	s, s.f = nil, 4
	fmt.Println(s == nil, s2.f)
}
