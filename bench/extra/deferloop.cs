// deferloop: defer and recover in hot paths. A Mutex-guarded counter
// unlocked by defer, named results rewritten by deferred closures, a
// function deferring one call per loop iteration (run LIFO at return),
// and loops where each iteration recovers a runtime panic (integer
// division by zero, index out of range, nil map write, failed type
// assertion) or a custom error value, re-panics through two frames, or
// returns normally. Recovered messages are counted by text.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(d int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += d
	return c.n
}

func doubled(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func lifo(n int) (order int) {
	for i := 0; i < n; i++ {
		defer func(i int) { order = order*3 + i%3 }(i)
	}
	return 0
}

var errCustom = errors.New("custom failure")

type codeError struct{ code int }

func (e *codeError) Error() string { return "code " + strconv.Itoa(e.code) }

func risky(i int, table []int, m map[string]int, v interface{}) int {
	switch i % 6 {
	case 0:
		return 100 / (i % 5)
	case 1:
		return table[i%7]
	case 2:
		if i%4 == 2 {
			m["x"] = i
		}
		return len(m)
	case 3:
		return v.(int)
	case 4:
		panic(&codeError{i % 3})
	}
	if i%10 == 5 {
		panic(errCustom)
	}
	return i
}

func guarded(i int, table []int, m map[string]int, v interface{}, seen map[string]int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case error:
				seen[e.Error()]++
			default:
				seen[fmt.Sprint(e)]++
			}
			res = -1
		}
	}()
	return risky(i, table, m, v)
}

func rethrow(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("outer caught %v", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("wrapped(%v)", r))
			}
		}()
		if i%2 == 0 {
			panic(i % 4)
		}
	}()
	return "no panic"
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := &counter{}
	sum := 0
	for i := 0; i < n; i++ {
		sum += c.add(i%5) + doubled(i)
	}
	fmt.Println("counter", c.n, "sum", sum)
	l := 0
	for i := 0; i < n/100; i++ {
		l = (l + lifo(20+i%5)) % 1000003
	}
	fmt.Println("lifo", l)

	table := []int{1, 2, 3, 4, 5}
	var nilMap map[string]int
	live := map[string]int{}
	seen := map[string]int{}
	total := 0
	for i := 0; i < n; i++ {
		m := live
		if i%5 == 0 {
			m = nilMap
		}
		var v interface{} = i
		if i%9 == 3 {
			v = "str"
		}
		total += guarded(i, table, m, v, seen)
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%7d  %s\n", seen[k], k)
	}
	fmt.Println("total", total)
	r := map[string]int{}
	for i := 0; i < n/4; i++ {
		r[rethrow(i)]++
	}
	fmt.Println(r)
}
