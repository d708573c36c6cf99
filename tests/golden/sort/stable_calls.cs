// Stable and SliceStable call Less and Swap in exactly Go's order (a
// hash over every call's arguments), on lengths around the 20-element
// insertion-sort blocks and the merge rounds, with many equal keys.
package main

import (
	"fmt"
	"sort"
)

type rec struct{ key, id int }

type counted struct {
	s           []rec
	less, swaps int
	hash        int
}

func (c *counted) Len() int { return len(c.s) }

func (c *counted) Less(i, j int) bool {
	c.less++
	c.hash = (c.hash*31 + i*7 + j) % 1000000007
	return c.s[i].key < c.s[j].key
}

func (c *counted) Swap(i, j int) {
	c.swaps++
	c.hash = (c.hash*37 + i*11 + j) % 1000000007
	c.s[i], c.s[j] = c.s[j], c.s[i]
}

func fill(n int) []rec {
	s := make([]rec, n)
	x := uint32(7)
	for i := range s {
		x = x*1103515245 + 12345
		s[i] = rec{int(x>>16) % 50, i}
	}
	return s
}

func stableOK(s []rec) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1].key > s[i].key || s[i-1].key == s[i].key && s[i-1].id > s[i].id {
			return false
		}
	}
	return true
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 20, 21, 39, 40, 41, 60, 100, 1000, 12345} {
		c := &counted{s: fill(n)}
		sort.Stable(c)
		fmt.Println("Stable", n, c.less, c.swaps, c.hash, stableOK(c.s))
	}
	for _, n := range []int{3, 41, 777} {
		s := fill(n)
		calls, hash := 0, 0
		sort.SliceStable(s, func(i, j int) bool {
			calls++
			hash = (hash*31 + i*7 + j) % 1000000007
			return s[i].key < s[j].key
		})
		fmt.Println("SliceStable", n, calls, hash, stableOK(s))
	}
	// Already sorted and reversed input: the one-element merges.
	for _, rev := range []bool{false, true} {
		c := &counted{s: make([]rec, 300)}
		for i := range c.s {
			c.s[i] = rec{i / 3, i}
			if rev {
				c.s[i].key = 1000 - i/3
			}
		}
		sort.Stable(c)
		fmt.Println("ordered", rev, c.less, c.swaps, c.hash, stableOK(c.s))
	}
}
