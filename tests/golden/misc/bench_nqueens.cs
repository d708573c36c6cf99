package main

import (
	"fmt"
	"sync"
)

func solve(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += solve(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func bits(n int, cols, d1, d2 uint) int {
	all := uint(1)<<uint(n) - 1
	if cols == all {
		return 1
	}
	cnt := 0
	avail := all &^ (cols | d1 | d2)
	for avail != 0 {
		b := avail & -avail
		avail ^= b
		cnt += bits(n, cols|b, (d1|b)<<1, (d2|b)>>1)
	}
	return cnt
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Print(solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)), " ")
	}
	fmt.Println()
	n := 11
	var wg sync.WaitGroup
	res := make([]int, n)
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			b := uint(1) << uint(c)
			res[c] = bits(n, b, b<<1, b>>1)
		}(c)
	}
	wg.Wait()
	tot := 0
	for _, r := range res {
		tot += r
	}
	fmt.Println(n, tot, res)
}
