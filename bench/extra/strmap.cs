package main

// Heavy use of maps keyed by strings: symbol-table style counting of
// generated identifiers, lookups that mostly miss, deletes, grouping
// words by a sorted-letter key (map[string][]string) and a final
// deterministic summary.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

var syll = []string{"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el", "ou", "zy"}

func word(x uint32) string {
	b := make([]byte, 0, 12)
	n := 2 + int(x%4)
	for i := 0; i < n; i++ {
		b = append(b, syll[x%uint32(len(syll))]...)
		x /= 7
	}
	return string(b)
}

func sortedKey(w string) string {
	b := []byte(w)
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j-1] > b[j]; j-- {
			b[j-1], b[j] = b[j], b[j-1]
		}
	}
	return string(b)
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	counts := make(map[string]int)
	seed := uint32(12345)
	words := make([]string, 0, n)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		w := word(seed >> 8)
		counts[w]++
		words = append(words, w)
	}
	// lookups of keys built on the fly, most of them absent
	found := 0
	for i := 0; i < n; i++ {
		k := "id" + strconv.Itoa(i%5000)
		if _, ok := counts[k]; ok {
			found++
		}
		if c, ok := counts[words[i]]; ok && c > 1 {
			found++
		}
	}
	// a scope stack: maps of locals, shadowing, deletes
	scopes := []map[string]int{{}}
	depthSum := 0
	for i, w := range words {
		if i%50 == 0 {
			scopes = append(scopes, map[string]int{})
		}
		if i%50 == 49 && len(scopes) > 1 {
			for k := range scopes[len(scopes)-1] {
				delete(scopes[len(scopes)-1], k)
			}
			scopes = scopes[:len(scopes)-1]
		}
		scopes[len(scopes)-1][w] = i
		for d := len(scopes) - 1; d >= 0; d-- {
			if _, ok := scopes[d][w]; ok {
				depthSum += d
				break
			}
		}
	}
	// group by sorted letters
	groups := make(map[string][]string)
	for w := range counts {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	best, bestKey := 0, ""
	for k, g := range groups {
		if len(g) > best || len(g) == best && k < bestKey {
			best, bestKey = len(g), k
		}
	}
	g := groups[bestKey]
	sort.Strings(g)
	top := 0
	for _, c := range counts {
		if c > top {
			top = c
		}
	}
	fmt.Println(len(counts), found, depthSum, len(groups), top, bestKey, g)
}
