package main

import "fmt"

// Peano numbers as chains of pointers: zero is nil, n+1 points at n.
type Number *Number

type A *B
type B *A

func succ(n Number) Number {
	m := new(Number)
	*m = n
	return m
}

func count(n Number) int {
	c := 0
	for n != nil {
		n = *n
		c++
	}
	return c
}

func add(x, y Number) Number {
	if y == nil {
		return x
	}
	return succ(add(x, *y))
}

func main() {
	var n Number
	for i := 0; i < 5; i++ {
		n = succ(n)
	}
	fmt.Println(count(n), count(add(n, succ(succ(nil)))))
	var a A = new(B)
	*a = new(A)
	fmt.Println(*a != nil, **a == nil)
	p := &n
	*p = *n
	fmt.Println(count(n))
}
