package main

// Parallel quicksort: Hoare partition with a median-of-three pivot, the
// left part forked as a goroutine under a sync.WaitGroup while the
// caller loops on the right part; below a cutoff the recursion is
// sequential. Sorts n float64s and n records (by key, then id) and checks
// with sort.Float64sAreSorted / sort.SliceIsSorted.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
)

const cutoff = 4096

func median3(a []float64) float64 {
	x, y, z := a[0], a[len(a)/2], a[len(a)-1]
	if x > y {
		x, y = y, x
	}
	if y > z {
		y = z
	}
	if x > y {
		y = x
	}
	return y
}

func partition(a []float64) int {
	p := median3(a)
	i, j := -1, len(a)
	for {
		for i++; a[i] < p; i++ {
		}
		for j--; a[j] > p; j-- {
		}
		if i >= j {
			return j + 1
		}
		a[i], a[j] = a[j], a[i]
	}
}

func qsort(a []float64, wg *sync.WaitGroup) {
	defer wg.Done()
	for len(a) > 16 {
		m := partition(a)
		left := a[:m]
		if len(left) > cutoff {
			wg.Add(1)
			go qsort(left, wg)
		} else {
			qsortSeq(left)
		}
		a = a[m:]
	}
	insertion(a)
}

func qsortSeq(a []float64) {
	for len(a) > 16 {
		m := partition(a)
		qsortSeq(a[:m])
		a = a[m:]
	}
	insertion(a)
}

func insertion(a []float64) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for ; j > 0 && a[j-1] > v; j-- {
			a[j] = a[j-1]
		}
		a[j] = v
	}
}

type record struct {
	key  int32
	id   int32
	name string
}

func less(a, b *record) bool {
	return a.key < b.key || a.key == b.key && a.id < b.id
}

func qsortRecords(a []record, wg *sync.WaitGroup) {
	defer wg.Done()
	for len(a) > 1 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for less(&a[i], &p) {
				i++
			}
			for less(&p, &a[j]) {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 > cutoff {
			wg.Add(1)
			go qsortRecords(a[:j+1], wg)
		} else {
			wg.Add(1)
			qsortRecords(a[:j+1], wg)
		}
		a = a[i:]
	}
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint32(2463534242)
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	fs := make([]float64, n)
	for i := range fs {
		fs[i] = float64(next()%1000000) / 7.0
	}
	var wg sync.WaitGroup
	wg.Add(1)
	qsort(fs, &wg)
	wg.Wait()
	sum := 0.0
	for i := 0; i < n; i += 1000 {
		sum += fs[i]
	}
	fmt.Printf("floats sorted=%v min=%.4f median=%.4f max=%.4f sample=%.3f\n",
		sort.Float64sAreSorted(fs), fs[0], fs[n/2], fs[n-1], sum)

	rs := make([]record, n/2)
	for i := range rs {
		rs[i] = record{int32(next() % 5000), int32(i), "r" + strconv.Itoa(i%100)}
	}
	wg.Add(1)
	qsortRecords(rs, &wg)
	wg.Wait()
	ok := sort.SliceIsSorted(rs, func(i, j int) bool { return less(&rs[i], &rs[j]) })
	h := 0
	for i := range rs {
		h = h*1000003 + int(rs[i].id)
	}
	fmt.Println("records sorted", ok, "first", rs[0], "last", rs[len(rs)-1], "hash", h)
}
