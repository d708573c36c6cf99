package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(s, *p, len(p))
	var q *[0]int = (*[0]int)(nil)
	fmt.Println(q == nil)
	defer func() { fmt.Println(recover()) }()
	sl := s[:2]
	_ = (*[3]int)(sl)
}
