package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%10, i)
			m.LoadOrStore(fmt.Sprint("k", i%7), i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v != nil, ok)
	_, ok = m.Load("missing")
	fmt.Println(ok)
	a, loaded := m.LoadOrStore("new", 1)
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("new", 2)
	fmt.Println(a, loaded)
	d, loaded := m.LoadAndDelete("new")
	fmt.Println(d, loaded)
	m.Delete(0)
	m.Delete("nothing")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k))
		if k == 5 {
			m.Store("added-in-range", true)
		}
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 3 })
	fmt.Println(n)
	var zero sync.Map
	zero.Range(func(k, v any) bool { panic("empty") })
	_, ok = zero.Load(1)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	zero.Store([]int{1}, 1)
}
