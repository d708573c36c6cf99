package main

import "fmt"

type Int4 [4]int
type PInt4 *[4]int

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[4]int)(s)
	p[0] = 10
	fmt.Println(s[0], len(p), *p)
	q := (*Int4)(s[1:])
	fmt.Println(*q, &q[0] == &s[1])
	var r PInt4 = PInt4(s)
	fmt.Println(r[3])
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)(s[:0]) != nil, (*[0]int)([]int{}) != nil)
	b := make([]byte, 0)
	fmt.Println((*[0]byte)(b) != nil)
	defer func() {
		fmt.Println("recovered:", recover())
		var e error
		defer func() { fmt.Println("again:", recover()) }()
		_ = (*[6]int)(s)
		_ = e
	}()
	_ = (*[3]int)(s[:2])
}
