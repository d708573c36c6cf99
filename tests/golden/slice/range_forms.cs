// checks: range over slices evaluates the slice once; index-only form
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	var total int
	for i, v := range []string{"a", "bb", "ccc"} {
		total += i * len(v)
	}
	fmt.Println(total)
	ptrs := []*int{}
	for i := range s[:3] {
		ptrs = append(ptrs, &s[i])
	}
	*ptrs[0] = 50
	fmt.Println(s[0])
}
