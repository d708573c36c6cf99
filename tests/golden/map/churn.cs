package main

// Delete and re-insert churn: deleted slots are tombstones that probes
// step over and inserts reuse; lookups of absent keys cross them.

import "fmt"

type pt struct{ x, y int }

func main() {
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i] = i
		if i >= 100 {
			delete(m, i-100)
		}
		if i%7 == 0 {
			delete(m, i)
			m[i] = -i
		}
	}
	sum, miss := 0, 0
	for i := -50; i < 20050; i++ {
		if v, ok := m[i]; ok {
			sum += v
		} else {
			miss++
		}
	}
	fmt.Println(len(m), sum, miss)
	s := map[string]int{}
	for r := 0; r < 5; r++ {
		for i := 0; i < 300; i++ {
			s[fmt.Sprint("k", i%97, "-", r%2)]++
		}
		for k := range s {
			if len(k)%2 == 0 {
				delete(s, k)
			}
		}
	}
	total := 0
	for _, v := range s {
		total += v
	}
	fmt.Println(len(s), total, s["k5-0"], s["k10-1"])
	p := map[pt]string{}
	for i := 0; i < 1000; i++ {
		p[pt{i % 30, i % 7}] = fmt.Sprint(i)
		delete(p, pt{(i + 3) % 30, i % 7})
	}
	fmt.Println(len(p), p[pt{1, 1}], p[pt{29, 6}])
	for k := range m {
		delete(m, k)
	}
	m[5] = 5
	_, ok := m[6]
	fmt.Println(len(m), m[5], ok)
}
