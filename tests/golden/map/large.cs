// checks: a map with many entries grows, keeps them all, then shrinks by delete
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 100000; i++ {
		m[i*7] = fmt.Sprint(i)
	}
	fmt.Println(len(m), m[700], m[699993], m[1])
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m), m[700], m[707])
	keys := 0
	for k := range m {
		keys += k
	}
	fmt.Println(keys)
}
