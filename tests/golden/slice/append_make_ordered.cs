// append(s, make([]T, n)...) inside an order scope (a call elsewhere in
// the statement, or a function with defer/recover) evaluates only n: the
// make is never built, and a huge n fails as growslice, not makeslice.
package main

import "fmt"

var s []int

func n() int {
	s = append(s, 7)
	return 2
}

func grow(t []byte, k int) (r []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	t = append(t, make([]byte, k)...)
	return t, nil
}

func main() {
	s = []int{1}
	s = append(s, make([]int, n())...)
	fmt.Println(s)
	s = []int{1}
	fmt.Println(append(s, make([]int, n())...), s)
	m := map[string][]int{"a": {1}}
	m["a"] = append(m["a"], make([]int, len(m["a"])+1)...)
	fmt.Println(m)

	b, err := grow([]byte("ab"), 3)
	fmt.Println(len(b), cap(b) >= 5, err)
	_, err = grow([]byte("ab"), -1)
	fmt.Println(err)
	_, err = grow(make([]byte, 10), 1<<62)
	fmt.Println(err)
}
