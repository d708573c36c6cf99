package main

// Peano arithmetic in the style of Go's test/bench/garbage/peano.go: a
// natural number is a chain of pointers (type Number *Number), added and
// multiplied by recursion as deep as the numbers are large, so the
// goroutine stack grows to hundreds of thousands of frames and every
// successor is a heap allocation. Prints k! for k up to n, counted
// back into an int, and checks small sums and products.

import (
	"fmt"
	"os"
	"strconv"
)

type Number *Number

func zero() *Number { return nil }

func isZero(x *Number) bool { return x == nil }

func succ(x *Number) *Number {
	e := new(Number)
	*e = x
	return e
}

func pred(x *Number) *Number { return *x }

func add(x, y *Number) *Number {
	if isZero(y) {
		return x
	}
	return add(succ(x), pred(y))
}

func mul(x, y *Number) *Number {
	if isZero(x) || isZero(y) {
		return zero()
	}
	return add(mul(x, pred(y)), x)
}

func fact(n *Number) *Number {
	if isZero(n) {
		return succ(zero())
	}
	return mul(fact(pred(n)), n)
}

func gen(n int) *Number {
	if n > 0 {
		return succ(gen(n - 1))
	}
	return zero()
}

func count(x *Number) int {
	if isZero(x) {
		return 0
	}
	return count(pred(x)) + 1
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	bad := 0
	for i := 0; i < 20; i++ {
		for j := 0; j < 20; j++ {
			if count(add(gen(i), gen(j))) != i+j || count(mul(gen(i), gen(j))) != i*j {
				bad++
			}
		}
	}
	fmt.Println("small sums and products wrong:", bad)
	for i := 0; i <= n; i++ {
		fmt.Printf("%d! = %d\n", i, count(fact(gen(i))))
	}
}
