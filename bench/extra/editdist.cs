package main

// Dynamic programming over strings: Levenshtein distance with two rows,
// longest common subsequence with a full [][]int table and traceback,
// and 0/1 knapsack over a []int row. Strings are generated words over a
// small alphabet; prints distance and LCS sums and the best knapsack value.

import (
	"fmt"
	"os"
	"strconv"
)

func levenshtein(a, b string, prev, cur []int) int {
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if d := prev[j] + 1; d < v {
				v = d
			}
			if ins := cur[j-1] + 1; ins < v {
				v = ins
			}
			cur[j] = v
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func lcs(a, b string) string {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i][j] = t[i-1][j-1] + 1
			} else if t[i-1][j] >= t[i][j-1] {
				t[i][j] = t[i-1][j]
			} else {
				t[i][j] = t[i][j-1]
			}
		}
	}
	out := make([]byte, t[len(a)][len(b)])
	i, j, k := len(a), len(b), len(out)
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			k--
			out[k] = a[i-1]
			i--
			j--
		case t[i-1][j] >= t[i][j-1]:
			i--
		default:
			j--
		}
	}
	return string(out)
}

func knapsack(weights, values []int, capacity int) int {
	best := make([]int, capacity+1)
	for i, w := range weights {
		for c := capacity; c >= w; c-- {
			if v := best[c-w] + values[i]; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[capacity]
}

var seed uint32 = 12345

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

func word(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = "acgtu"[next()%5]
	}
	return string(b)
}

func main() {
	n := 260
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := make([]string, n)
	for i := range words {
		words[i] = word(40 + int(next()%80))
	}
	prev, cur := make([]int, 200), make([]int, 200)
	dsum, dmin := 0, 1<<30
	for i := range words {
		for j := i + 1; j < len(words); j++ {
			d := levenshtein(words[i], words[j], prev, cur)
			dsum += d
			if d < dmin {
				dmin = d
			}
		}
	}
	fmt.Println("levenshtein pairs", n*(n-1)/2, "sum", dsum, "min", dmin)
	lsum := 0
	var longest string
	for i := 0; i+1 < len(words); i += 2 {
		s := lcs(words[i]+words[i+1], words[i+1]+words[i])
		lsum += len(s)
		if len(s) > len(longest) {
			longest = s
		}
	}
	fmt.Println("lcs sum", lsum, "longest", len(longest), longest[:20])
	weights, values := make([]int, 10*n), make([]int, 10*n)
	for i := range weights {
		weights[i] = 1 + int(next()%90)
		values[i] = 1 + int(next()%500)
	}
	fmt.Println("knapsack", knapsack(weights, values, 20*n))
}
