// systolic: matrix product on a systolic array of goroutines (Hoare's CSP
// example). An n x n grid of cell goroutines: A's rows enter from the
// west, B's columns from the north, skewed by one step per row/column;
// every cell repeatedly receives a from the west and b from the north,
// adds a*b to its accumulator and passes a east and b south (cells on the
// east/south edge pass into sink channels drained by collector goroutines).
// After the last step each cell sends its C[i][j] on a result channel.
// Checked against the sequential product; several matrix pairs per grid.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type result struct {
	i, j int
	v    int64
}

func cell(i, j, k int, west, north <-chan int64, east, south chan<- int64, out chan<- result) {
	var acc int64
	for s := 0; s < k; s++ {
		a := <-west
		b := <-north
		acc += a * b
		east <- a
		south <- b
	}
	out <- result{i, j, acc}
}

func systolic(a, b [][]int64) [][]int64 {
	n := len(a)
	h := make([][]chan int64, n)
	v := make([][]chan int64, n+1)
	for i := range h {
		h[i] = make([]chan int64, n+1)
		for j := range h[i] {
			h[i][j] = make(chan int64, 1)
		}
	}
	for i := range v {
		v[i] = make([]chan int64, n)
		for j := range v[i] {
			v[i][j] = make(chan int64, 1)
		}
	}
	out := make(chan result, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			go cell(i, j, n, h[i][j], v[i][j], h[i][j+1], v[i+1][j], out)
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(4)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				h[i][0] <- a[i][k]
			}
		}(i)
		go func(j int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				v[0][j] <- b[k][j]
			}
		}(i)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				<-h[i][n]
			}
		}(i)
		go func(j int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				<-v[n][j]
			}
		}(i)
	}
	c := make([][]int64, n)
	for i := range c {
		c[i] = make([]int64, n)
	}
	for r := 0; r < n*n; r++ {
		x := <-out
		c[x.i][x.j] = x.v
	}
	wg.Wait()
	return c
}

func main() {
	n := 48
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := int64(1)
	rnd := func() int64 {
		seed = (seed*1103515245 + 12345) % 2147483648
		return seed%21 - 10
	}
	var check int64
	for rep := 0; rep < 12; rep++ {
		a := make([][]int64, n)
		b := make([][]int64, n)
		for i := 0; i < n; i++ {
			a[i] = make([]int64, n)
			b[i] = make([]int64, n)
			for j := 0; j < n; j++ {
				a[i][j] = rnd()
				b[i][j] = rnd()
			}
		}
		c := systolic(a, b)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				var s int64
				for k := 0; k < n; k++ {
					s += a[i][k] * b[k][j]
				}
				if s != c[i][j] {
					fmt.Println("mismatch", rep, i, j)
					return
				}
				check = check*31 + c[i][j]
			}
		}
	}
	fmt.Println("grid", n, "x", n, "check", check)
}
