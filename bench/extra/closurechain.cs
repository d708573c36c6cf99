package main

// Closures as the unit of work: a middleware chain of func(int) int
// built by wrapping, handlers kept in a map[string]func, counters that
// capture and mutate variables, a memoising wrapper around a closure,
// and callbacks collected in a slice and called in order.

import (
	"fmt"
	"os"
	"strconv"
)

type handler func(int) int

func logging(count *int) func(handler) handler {
	return func(next handler) handler {
		return func(x int) int {
			*count++
			return next(x)
		}
	}
}

func adder(k int) func(handler) handler {
	return func(next handler) handler {
		return func(x int) int { return next(x + k) }
	}
}

func clampTo(limit int) func(handler) handler {
	return func(next handler) handler {
		return func(x int) int {
			if x > limit {
				x %= limit
			}
			return next(x)
		}
	}
}

func chain(h handler, mws ...func(handler) handler) handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func memo(f func(int) int) func(int) int {
	cache := make(map[int]int)
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

func main() {
	n := 25000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	calls := 0
	base := func(x int) int { return x*3 + 1 }
	h := chain(base, logging(&calls), adder(7), clampTo(100003), adder(-2), logging(&calls))
	routes := map[string]handler{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x % 65521 },
		"chain":  h,
	}
	names := []string{"double", "square", "chain"}
	slow := func(x int) int {
		s := 0
		for i := 0; i < 50; i++ {
			s += (x ^ i) % 7
		}
		return s
	}
	fast := memo(slow)
	total := 0
	var callbacks []func()
	for i := 0; i < n; i++ {
		total += routes[names[i%3]](i)
		total += fast(i % 1000)
		if i%1000 == 0 {
			j := i
			callbacks = append(callbacks, func() { total -= j % 17 })
		}
		total %= 1000000007
	}
	next := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, (a+b)%1000003
			return a
		}
	}()
	for i := 0; i < n; i++ {
		total = (total + next()) % 1000000007
	}
	for _, cb := range callbacks {
		cb()
	}
	fmt.Println(total, calls, len(callbacks))
}
