// checks: calls through func locals that always hold one literal (called
// by name in the generated C): from the declaring function and from
// closures, with several results, variadic, through defer and go, two
// literals declared together, shadowing, and locals that are reassigned
// or have their address taken (still called through the value)
package main

import (
	"fmt"
	"sync"
)

func main() {
	k := 3
	add := func(x int) int { return x + k }
	divmod := func(a, b int) (int, int) { return a / b, a % b }
	sum := func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
	twice := func(x int) int { return add(add(x)) }
	k = 10
	q, r := divmod(17, 5)
	fmt.Println(add(1), twice(1), q, r, sum(), sum(1, 2, 3), sum([]int{4, 5}...))

	inc, dec := func(x int) int { return x + 1 }, func(x int) int { return x - 1 }
	fmt.Println(inc(dec(inc(7))))

	var wg sync.WaitGroup
	out := make([]int, 3)
	work := func(i int) {
		defer wg.Done()
		out[i] = add(i * i)
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(i)
	}
	wg.Wait()
	fmt.Println(out)

	report := func(msg string) { fmt.Println("deferred:", msg) }
	func() {
		defer report("first")
		defer report(fmt.Sprint("second ", twice(0)))
	}()

	f := func() string { return "original" }
	g := f
	f = func() string { return "replaced" }
	fmt.Println(f(), g())

	h := func() string { return "h" }
	p := &h
	*p = func() string { return "via pointer" }
	fmt.Println(h())

	if add := func(x int) int { return x * 100 }; true {
		fmt.Println(add(2), twice(2))
	}

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	memo := map[int]int{}
	var cached func(int) int
	cached = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n)
		memo[n] = v
		return v
	}
	fmt.Println(fib(20), cached(25), len(memo))
}
