// checks: append(s, s...), append of a slice to itself, removing elements
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s)
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s))
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s)
	ins := []int{1, 2, 5}
	ins = append(ins[:2], append([]int{3, 4}, ins[2:]...)...)
	fmt.Println(ins)
	var out []string
	out = append(out, []string{"a", "b"}...)
	fmt.Println(out, len(out))
}
