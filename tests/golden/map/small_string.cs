// String lookups in maps of at most 8 entries (found by comparing keys, not
// by hashing): deleted entries (whose key reads as ""), the empty string as
// a key, keys of equal length, keys built at run time, growth past 8 and
// shrinking back by deletes, and comma-ok on misses.
package main

import (
	"fmt"
	"strings"
)

func show(m map[string]int, keys []string) {
	var b strings.Builder
	for _, k := range keys {
		v, ok := m[k]
		fmt.Fprintf(&b, "%q=%d/%v ", k, v, ok)
	}
	fmt.Println(len(m), b.String())
}

func main() {
	keys := []string{"", "a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghijklmnopq", "x"}
	m := map[string]int{}
	show(m, keys)
	m["a"] = 1
	m["ab"] = 2
	m["abcdefgh"] = 3
	show(m, keys)
	delete(m, "a")
	show(m, keys) // the deleted record must not answer for ""
	m[""] = 4
	show(m, keys)
	delete(m, "")
	m["ba"] = 5
	show(m, keys)
	// keys built at run time: equal bytes, other pointers
	built := []string{}
	for _, k := range keys {
		built = append(built, string([]byte(k)))
	}
	show(m, built)
	for i, k := range keys {
		m[k] = 10 + i
	}
	show(m, built)
	for _, k := range keys[:6] {
		delete(m, k)
	}
	show(m, built)
	m[strings.Repeat("ab", 1)] += 100
	show(m, keys)
	same := map[string]bool{"abcdefgh": true, "abcdefgi": false, "bbcdefgh": true}
	fmt.Println(same["abcdefgh"], same["abcdefgi"], same["bbcdefgh"], same["cbcdefgh"], len(same))
	// a long run of lookups in a small map, mixing hits and misses
	words := map[string]int{"double": 2, "square": 4, "chain": 8, "": 16}
	total := 0
	for i := 0; i < 1000; i++ {
		total += words[[]string{"double", "square", "chain", "", "triple", "doubl"}[i%6]]
	}
	fmt.Println(total)
}
