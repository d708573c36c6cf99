package main

import (
	"fmt"
	"os"
	"strconv"
)

type rec struct {
	key  int
	name string
}

func quicksort(a []int) {
	for len(a) > 16 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k] < a[k-1]; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

func mergesort(a, tmp []rec) {
	if len(a) < 2 {
		return
	}
	m := len(a) / 2
	mergesort(a[:m], tmp[:m])
	mergesort(a[m:], tmp[m:])
	copy(tmp, a)
	i, j, k := 0, m, 0
	for i < m && j < len(a) {
		if tmp[j].key < tmp[i].key {
			a[k] = tmp[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	for i < m {
		a[k] = tmp[i]
		i++
		k++
	}
	for j < len(a) {
		a[k] = tmp[j]
		j++
		k++
	}
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var x uint64 = 88172645463325252
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % 1000000007)
	}
	a := make([]int, n)
	for i := range a {
		a[i] = next()
	}
	quicksort(a)
	for i := 1; i < n; i++ {
		if a[i-1] > a[i] {
			panic("unsorted")
		}
	}
	rs := make([]rec, n/2)
	for i := range rs {
		rs[i] = rec{next() % 1000, "r" + strconv.Itoa(i)}
	}
	mergesort(rs, make([]rec, len(rs)))
	h := 0
	for i, r := range rs {
		h = h*31 + r.key + i
		if i > 0 && rs[i-1].key > r.key {
			panic("unsorted recs")
		}
	}
	fmt.Println(a[0], a[n/2], a[n-1], rs[0].name, rs[len(rs)-1].key, h)
}
