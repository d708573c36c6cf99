// Slice literals of struct and array elements holding strings or other
// composites, ranged over and indexed: static data takes one level of
// compound literal, deeper ones go on the stack (gen_slicelit.c).
package main

import "fmt"

type pair struct {
	s    string
	base int
}
type pt struct{ x, y int }
type seg struct{ a, b pt }

func main() {
	t := 0
	for i, p := range []pair{{"ff", 16}, {"zz", 36}} {
		t += i + p.base + len(p.s)
	}
	for _, p := range []pt{{1, 2}, {3, 4}} {
		t += p.x * p.y
	}
	for _, s := range []seg{{pt{1, 2}, pt{3, 4}}} {
		t += s.a.x + s.b.y
	}
	for _, a := range [][2][2]int{{{1, 2}, {3, 4}}} {
		t += a[1][0]
	}
	for _, a := range [][2]string{{"a", "bc"}} {
		t += len(a[1])
	}
	for _, s := range []string{"x", "yz"} {
		t += len(s)
	}
	t += []pt{{5, 6}}[0].y + int([]float64{1.5, 2.5}[1]) + len([]seg{{}})
	fmt.Println(t)
}
