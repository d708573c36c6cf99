// dpmemo: dynamic programming, tabulated and memoised. Coin-change ways
// and fewest coins over a []int64 table, matrix-chain order on a
// [][]int64 table, longest increasing subsequence by patience sorting
// with sort.SearchInts, integer partitions p(n, k) memoised in a
// map[[2]int]int64, word break over a map[string]bool dictionary with
// a memo map[int]int, and egg drop with a rolling table of floors covered per egg count.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func coinWays(coins []int, target int) (int64, int) {
	ways := make([]int64, target+1)
	fewest := make([]int, target+1)
	ways[0] = 1
	for i := 1; i <= target; i++ {
		fewest[i] = 1 << 30
	}
	for _, c := range coins {
		for v := c; v <= target; v++ {
			ways[v] = (ways[v] + ways[v-c]) % 1000000007
			if fewest[v-c]+1 < fewest[v] {
				fewest[v] = fewest[v-c] + 1
			}
		}
	}
	return ways[target], fewest[target]
}

func matrixChain(dims []int) int64 {
	n := len(dims) - 1
	cost := make([][]int64, n)
	for i := range cost {
		cost[i] = make([]int64, n)
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			best := int64(1) << 62
			for k := i; k < j; k++ {
				c := cost[i][k] + cost[k+1][j] + int64(dims[i]*dims[k+1]*dims[j+1])
				if c < best {
					best = c
				}
			}
			cost[i][j] = best
		}
	}
	return cost[0][n-1]
}

func lis(a []int) int {
	var tails []int
	for _, v := range a {
		i := sort.SearchInts(tails, v)
		if i == len(tails) {
			tails = append(tails, v)
		} else {
			tails[i] = v
		}
	}
	return len(tails)
}

type partitions struct{ memo map[[2]int]int64 }

// count is the number of partitions of n into parts of size at most k.
func (p *partitions) count(n, k int) int64 {
	if n == 0 {
		return 1
	}
	if n < 0 || k == 0 {
		return 0
	}
	key := [2]int{n, k}
	if v, ok := p.memo[key]; ok {
		return v
	}
	v := (p.count(n-k, k) + p.count(n, k-1)) % 1000000007
	p.memo[key] = v
	return v
}

func wordBreak(s string, dict map[string]bool, maxLen int) int {
	memo := map[int]int{}
	var ways func(i int) int
	ways = func(i int) int {
		if i == len(s) {
			return 1
		}
		if v, ok := memo[i]; ok {
			return v
		}
		total := 0
		for j := i + 1; j <= len(s) && j-i <= maxLen; j++ {
			if dict[s[i:j]] {
				total = (total + ways(j)) % 1000000007
			}
		}
		memo[i] = total
		return total
	}
	return ways(0)
}

func eggDrop(eggs, floors int) int {
	// covered[e]: floors decidable with e eggs in the moves made so far
	covered := make([]int, eggs+1)
	for m := 1; m <= floors; m++ {
		for e := eggs; e >= 1; e-- {
			covered[e] += covered[e-1] + 1
		}
		if covered[eggs] >= floors {
			return m
		}
	}
	return floors
}

func main() {
	scale := 4
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	w, f := coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200, 7, 13}, 100000*scale)
	fmt.Println("coins", w, f)
	dims := make([]int, 80*scale+1)
	for i := range dims {
		dims[i] = 5 + (i*37)%60
	}
	fmt.Println("matrix chain", matrixChain(dims))
	a := make([]int, 200000*scale)
	x := uint32(1)
	for i := range a {
		x = x*1664525 + 1013904223
		a[i] = int(x>>8) % 1000000
	}
	fmt.Println("lis", lis(a))
	p := &partitions{memo: make(map[[2]int]int64)}
	fmt.Println("partitions", p.count(300*scale, 300*scale), len(p.memo))
	dict := map[string]bool{}
	for _, wd := range []string{"a", "ab", "abc", "b", "bc", "ca", "cab", "c", "aa", "bca", "abca"} {
		dict[wd] = true
	}
	text := ""
	for len(text) < 5000*scale {
		text += "abcab"
		if len(text)%7 == 0 {
			text += "ca"
		}
	}
	fmt.Println("word break", wordBreak(text, dict, 4))
	fmt.Println("egg drop", eggDrop(3, 1000000*scale), eggDrop(10, 1000000*scale))
}
