// checks (codegen): embedding, method expressions, closures, shadowing, parallel assignment
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Hello() string   { return "hi " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Dog struct {
	Base
	Age int
}

func (d Dog) Sound() string { return "woof" }

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func fwd(xs ...int) int { return sum(xs...) }

func apply(f func(int) int, v int) int { return f(v) }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	d := Dog{Base{"rex"}, 3}
	fmt.Println(d.Hello(), d.Name, d.Sound())
	d.Rename("max")
	fmt.Println(d.Base.Name, d)
	var a Animal = d
	fmt.Println(a.Sound())
	h := Base.Hello
	fmt.Println(h(Base{"x"}))
	r := (*Base).Rename
	r(&d.Base, "z")
	fmt.Println(d.Name)
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(fmt.Sprint(i % 3))
		}(i)
	}
	wg.Wait()
	keys := []string{}
	for k := range c.n {
		keys = append(keys, k)
	}
	if len(keys) == 3 && keys[0] > keys[1] {
		keys[0], keys[1] = keys[1], keys[0]
	}
	fmt.Println(len(keys), c.n["0"], c.n["1"], c.n["2"])
	fmt.Println(Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday)
	fmt.Println(sum(), sum(1, 2), fwd(1, 2, 3), apply(func(x int) int { return x * x }, 7))
	q, rem := divmod(17, 5)
	fmt.Println(q, rem)
	x := 1
	{
		x := x + 1
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	arr := []int{3, 1, 2}
	i, j := 0, 2
	arr[i], arr[j] = arr[j], arr[i]
	i, arr[i] = 1, 100
	fmt.Println(arr, i)
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	if n := len(arr); n > 2 {
		fmt.Println("big", n)
	} else if n > 1 {
		fmt.Println("mid")
	} else {
		fmt.Println("small")
	}
	switch s := strings.ToUpper("abc"); s {
	case "ABC":
		fmt.Println("upper")
	}
	fmt.Println("a" < "b", "abc" > "abd", strings.Repeat("ab", 3), strings.Split("a,b,c", ","))
	ms := map[string]struct{ A, B int }{"k": {1, 2}}
	fmt.Println(ms["k"].A, ms)
	var e error
	fmt.Println(e == nil, e)
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"b", 2}, {"a", 1}}
	less := func(i, j int) bool { return kvs[i].k < kvs[j].k }
	if !less(0, 1) {
		kvs[0], kvs[1] = kvs[1], kvs[0]
	}
	fmt.Println(kvs)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	fmt.Println(sb.String())
}
