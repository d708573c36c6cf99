package main

import "fmt"

func merge(a, b []int) []int {
	r := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			r = append(r, a[i])
			i++
		} else {
			r = append(r, b[j])
			j++
		}
	}
	r = append(r, a[i:]...)
	return append(r, b[j:]...)
}

func psort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	if depth <= 0 {
		return merge(psort(s[:mid], 0), psort(s[mid:], 0))
	}
	lc := make(chan []int)
	go func() { lc <- psort(s[:mid], depth-1) }()
	r := psort(s[mid:], depth-1)
	return merge(<-lc, r)
}

func main() {
	n := 200000
	s := make([]int, n)
	x := uint64(88172645463325252)
	for i := range s {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		s[i] = int(x % 1000000)
	}
	r := psort(s, 6)
	ok := true
	for i := 1; i < len(r); i++ {
		if r[i-1] > r[i] {
			ok = false
		}
	}
	fmt.Println(len(r), ok, r[0], r[n/2], r[n-1])
}
