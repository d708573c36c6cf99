package main

// Floyd-Warshall all-pairs shortest paths on a random directed graph
// held as [][]int32 rows, run sequentially and in parallel: for each
// intermediate vertex k the rows are split among 4 goroutines joined by
// a sync.WaitGroup (one fan-out/fan-in round per k, row k read by all,
// written by none). The two distance matrices must agree; the check is
// a sum over reachable pairs, the unreachable count and the diameter.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const inf = int32(1 << 29)

func randomGraph(n int) [][]int32 {
	d := make([][]int32, n)
	seed := uint64(88172645463325252)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	for i := range d {
		d[i] = make([]int32, n)
		for j := range d[i] {
			d[i][j] = inf
		}
		d[i][i] = 0
		for e := 0; e < 6; e++ {
			j := int(next() % uint64(n))
			w := int32(next()%100) + 1
			if j != i && w < d[i][j] {
				d[i][j] = w
			}
		}
	}
	return d
}

func clone(d [][]int32) [][]int32 {
	c := make([][]int32, len(d))
	for i := range d {
		c[i] = append([]int32(nil), d[i]...)
	}
	return c
}

func relaxRows(d [][]int32, k, lo, hi int) {
	rowK := d[k]
	for i := lo; i < hi; i++ {
		row := d[i]
		dik := row[k]
		if dik == inf {
			continue
		}
		for j, dkj := range rowK {
			if s := dik + dkj; s < row[j] {
				row[j] = s
			}
		}
	}
}

func sequential(d [][]int32) {
	for k := range d {
		relaxRows(d, k, 0, len(d))
	}
}

func parallel(d [][]int32, workers int) {
	n := len(d)
	var wg sync.WaitGroup
	for k := 0; k < n; k++ {
		wg.Add(workers)
		for w := 0; w < workers; w++ {
			go func(lo, hi int) {
				defer wg.Done()
				relaxRows(d, k, lo, hi)
			}(w*n/workers, (w+1)*n/workers)
		}
		wg.Wait()
	}
}

func main() {
	n := 800
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	g := randomGraph(n)
	a, b := clone(g), clone(g)
	sequential(a)
	parallel(b, 4)
	sum, unreachable, diameter, diffs := int64(0), 0, int32(0), 0
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				diffs++
			}
			if a[i][j] >= inf {
				unreachable++
				continue
			}
			sum += int64(a[i][j])
			if a[i][j] > diameter {
				diameter = a[i][j]
			}
		}
	}
	fmt.Printf("n=%d sum=%d unreachable=%d diameter=%d mismatches=%d\n", n, sum, unreachable, diameter, diffs)
}
