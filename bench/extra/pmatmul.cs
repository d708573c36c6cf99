package main

// Parallel matrix multiply: C = A x B on [][]float64, rows handed out in
// blocks to one goroutine per block under a sync.WaitGroup (i-k-j loop
// order, row slices hoisted); then the same product by a fixed pool of
// workers pulling row indices from a channel. Prints the trace and a
// checksum of both results and whether they agree.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func newMatrix(n int, f func(i, j int) float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func mulRow(c, a []float64, b [][]float64) {
	for k, aik := range a {
		bk := b[k]
		for j := range c {
			c[j] += aik * bk[j]
		}
	}
}

func mulBlocks(a, b [][]float64, block int) [][]float64 {
	n := len(a)
	c := newMatrix(n, func(i, j int) float64 { return 0 })
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				mulRow(c[i], a[i], b)
			}
		}(lo, hi)
	}
	wg.Wait()
	return c
}

func mulPool(a, b [][]float64, workers int) [][]float64 {
	n := len(a)
	c := newMatrix(n, func(i, j int) float64 { return 0 })
	rows := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				mulRow(c[i], a[i], b)
			}
		}()
	}
	for i := 0; i < n; i++ {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return c
}

func summary(c [][]float64) (trace, sum float64) {
	for i := range c {
		trace += c[i][i]
		for _, v := range c[i] {
			sum += v
		}
	}
	return
}

func main() {
	n := 800
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := newMatrix(n, func(i, j int) float64 { return float64((i*7+j*3)%17) / 8.0 })
	b := newMatrix(n, func(i, j int) float64 { return float64((i*5+j*11)%13) - 6.0 })
	c1 := mulBlocks(a, b, 16)
	c2 := mulPool(a, b, 4)
	t1, s1 := summary(c1)
	t2, s2 := summary(c2)
	same := true
	for i := range c1 {
		for j := range c1[i] {
			if c1[i][j] != c2[i][j] {
				same = false
			}
		}
	}
	fmt.Printf("n=%d trace=%.3f sum=%.3f\n", n, t1, s1)
	fmt.Printf("pool trace=%.3f sum=%.3f same=%v\n", t2, s2, same)
	fmt.Printf("c[1][2]=%g c[n-1][n-2]=%g\n", c1[1][2], c1[n-1][n-2])
}
