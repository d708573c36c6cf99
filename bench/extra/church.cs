package main

// Closures as data: Church numerals (func(func(int) int) func(int) int)
// with successor, addition, multiplication and exponentiation built by
// composition; Church pairs for the predecessor; continuation-passing
// style Fibonacci and list sum, where every step allocates a new
// closure over the previous continuation; and a Y-combinator-style
// fixed point for factorial modulo a prime. Only func values and
// captured variables carry the state.

import (
	"fmt"
	"os"
	"strconv"
)

type Fn func(int) int
type Num func(Fn) Fn

func zero(f Fn) Fn { return func(x int) int { return x } }

func succ(n Num) Num {
	return func(f Fn) Fn {
		g := n(f)
		return func(x int) int { return f(g(x)) }
	}
}

func add(a, b Num) Num {
	return func(f Fn) Fn {
		fa, fb := a(f), b(f)
		return func(x int) int { return fa(fb(x)) }
	}
}

func mul(a, b Num) Num {
	return func(f Fn) Fn { return a(b(f)) }
}

func toInt(n Num) int { return n(func(x int) int { return x + 1 })(0) }

func fromInt(k int) Num {
	n := Num(zero)
	for i := 0; i < k; i++ {
		n = succ(n)
	}
	return n
}

// Pairs of numerals for the predecessor: pred n = first of n applications
// of (a, b) -> (b, b+1) to (0, 0).
type Pair func(sel func(a, b Num) Num) Num

func pair(a, b Num) Pair { return func(sel func(a, b Num) Num) Num { return sel(a, b) } }
func first(p Pair) Num   { return p(func(a, b Num) Num { return a }) }
func second(p Pair) Num  { return p(func(a, b Num) Num { return b }) }

func pred(n Num, k int) Num {
	p := pair(zero, zero)
	for i := 0; i < k; i++ {
		s := second(p)
		p = pair(s, succ(s))
	}
	return first(p)
}

func fibCPS(n int, k func(int) int) int {
	if n < 2 {
		return k(n)
	}
	return fibCPS(n-1, func(a int) int {
		return fibCPS(n-2, func(b int) int { return k(a + b) })
	})
}

type List struct {
	head int
	tail *List
}

func sumCPS(l *List, k func(int) int) int {
	if l == nil {
		return k(0)
	}
	return sumCPS(l.tail, func(s int) int { return k(s + l.head) })
}

type Rec func(Rec) func(int) int

func fix(f func(func(int) int) func(int) int) func(int) int {
	g := func(r Rec) func(int) int {
		return f(func(x int) int { return r(r)(x) })
	}
	return g(g)
}

func main() {
	n := 27
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	two, three := fromInt(2), fromInt(3)
	big := mul(add(fromInt(n), three), mul(two, fromInt(n*30)))
	fmt.Println("church:", toInt(big), toInt(mul(big, fromInt(10))), toInt(pred(big, toInt(big)/2)))
	total := 0
	for i := 0; i < n*10; i++ {
		total += toInt(add(mul(fromInt(i%50), three), succ(two)))
	}
	fmt.Println("church sum:", total)
	fmt.Println("fib cps:", fibCPS(n, func(x int) int { return x }))
	var l *List
	for i := 1; i <= 1000; i++ {
		l = &List{i, l}
	}
	s := 0
	for r := 0; r < n*100; r++ {
		s += sumCPS(l, func(x int) int { return x })
	}
	fmt.Println("sum cps:", s)
	fact := fix(func(self func(int) int) func(int) int {
		return func(k int) int {
			if k == 0 {
				return 1
			}
			return k * self(k-1) % 1000003
		}
	})
	f := 0
	for i := 0; i < n*1000; i++ {
		f += fact(i % 500)
	}
	fmt.Println("fix factorials:", f)
}
