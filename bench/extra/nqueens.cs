package main

// N-queens counted with one goroutine per first-row column, each
// backtracking over a board of column/diagonal flags; results are
// gathered over a channel.

import (
	"fmt"
	"os"
	"strconv"
)

type board struct {
	n          int
	cols       []bool
	diag, anti []bool
}

func newBoard(n int) *board {
	return &board{n, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)}
}

func (b *board) solve(row int) int {
	if row == b.n {
		return 1
	}
	count := 0
	for c := 0; c < b.n; c++ {
		d, a := row+c, row-c+b.n
		if b.cols[c] || b.diag[d] || b.anti[a] {
			continue
		}
		b.cols[c], b.diag[d], b.anti[a] = true, true, true
		count += b.solve(row + 1)
		b.cols[c], b.diag[d], b.anti[a] = false, false, false
	}
	return count
}

type result struct{ col, count int }

func main() {
	n := 13
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out := make(chan result)
	for c := 0; c < n; c++ {
		go func(c int) {
			b := newBoard(n)
			b.cols[c], b.diag[c], b.anti[n-c] = true, true, true
			out <- result{c, b.solve(1)}
		}(c)
	}
	per := make([]int, n)
	total := 0
	for i := 0; i < n; i++ {
		r := <-out
		per[r.col] = r.count
		total += r.count
	}
	fmt.Println(n, total, per)
}
