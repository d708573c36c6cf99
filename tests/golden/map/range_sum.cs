// checks: range over a map visits every entry once (order-free totals)
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 1; i <= 100; i++ {
		m[i] = i * i
	}
	ks, vs, n := 0, 0, 0
	for k, v := range m {
		ks += k
		vs += v
		n++
	}
	fmt.Println(ks, vs, n)
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
