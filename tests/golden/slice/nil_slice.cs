// checks: nil slices: len, cap, append, range, comparison with nil
package main

import "fmt"

func main() {
	var s []string
	fmt.Println(s == nil, len(s), cap(s), s)
	for range s {
		fmt.Println("never")
	}
	s = append(s, "a")
	fmt.Println(s == nil, len(s), s)
	e := []string{}
	fmt.Println(e == nil, len(e))
	var t []int
	t = t[:0]
	fmt.Println(t == nil, t[0:0] == nil)
	fmt.Printf("%v %d %q\n", t, len(t), s)
}
