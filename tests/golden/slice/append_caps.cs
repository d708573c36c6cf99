// checks: cap() after append follows Go 1.19's growth policy and size
// classes for several element sizes
package main

import "fmt"

type rgb struct{ r, g, b uint8 }
type big struct{ a, b, c int64 }

func main() {
	var a []int
	var b []byte
	var c []rgb
	var d []big
	var s []string
	for i := 0; i < 600; i++ {
		oa, ob, oc, od, os := cap(a), cap(b), cap(c), cap(d), cap(s)
		a = append(a, i)
		b = append(b, byte(i))
		c = append(c, rgb{})
		d = append(d, big{})
		s = append(s, "")
		if cap(a) != oa || cap(b) != ob || cap(c) != oc || cap(d) != od || cap(s) != os {
			fmt.Println(i+1, cap(a), cap(b), cap(c), cap(d), cap(s))
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	y := append([]byte(nil), make([]byte, 33)...)
	z := append(make([]int, 0, 5), make([]int, 12)...)
	fmt.Println(cap(x), cap(y), cap(z))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
}
