// checks: substrings s[a:b], s[a:], s[:b] and empty slices
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0:5], s[7:], s[:4], s[3:3] == "", s[:])
	t := s[7:12]
	fmt.Println(t, len(t))
	u := "日本語"
	fmt.Println(u[3:6], len(u[3:]))
	i, j := 2, 4
	fmt.Println(s[i:j])
}
