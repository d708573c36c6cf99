package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*2654435761%(4*n)] += i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*2654435761%(4*n))
	}
	after := len(m)
	// churn: a sliding window of live keys
	w := make(map[int]int)
	for i := 0; i < 2*n; i++ {
		w[i] = i
		if i >= 1000 {
			delete(w, i-1000)
		}
	}
	rsum := 0
	for k, v := range w {
		rsum += k - v + 1
	}
	// small map created many times
	small := 0
	for i := 0; i < n/10; i++ {
		s := map[int]int{1: i, 2: i + 1, 3: i + 2}
		s[4] = s[1] + s[3]
		small += s[4] + len(s)
	}
	fmt.Println(len(m), hits, sum, after, len(w), rsum, small)
}
