package main

import "sort"

// a func literal in a message is spelled as gc spells it: func(i, j int) int {…}
func main() {
	s := []int{3, 1}
	sort.Slice(s, func(i, j int) int { return s[i] - s[j] })
	var f func(int) = func(s string) {}
	_ = f
}
