package main

import "fmt"

var g int

func set(v int) int { g = v; return v }

func two() (int, int) {
	return g, set(5)
}

type S struct{ a, b int }

func mk() S {
	return S{g, set(7)}
}

func named() (x int, err error) {
	x = 1
	return x, bump(&x)
}

func bump(p *int) error { *p = 99; return nil }

func main() {
	fmt.Println(two())
	fmt.Println(mk())
	fmt.Println(named())
	x, y := 1, 2
	x, y = y+set(3), x
	fmt.Println(x, y, g)
	m := map[string]int{}
	k := "a"
	m[k] = func() int { k = "b"; return 1 }()
	fmt.Println(m)
	arr := [3]int{}
	i := 0
	arr[i], i = 5, 2
	fmt.Println(arr, i)
	ch := make(chan int, 1)
	ch <- g
	go func() {}()
	select {
	case ch <- set(11):
	default:
		fmt.Println("default", g)
	}
	var f func() int
	defer func() { fmt.Println("recover:", recover() != nil, g) }()
	fmt.Println(f(), set(42))
}
