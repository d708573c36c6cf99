// checks: pointer methods on addressable values: vars, fields, slice elems
package main

import "fmt"

type V struct{ x int }

func (v *V) Bump() { v.x += 10 }

type W struct{ inner V }

func main() {
	v := V{1}
	v.Bump()
	w := W{V{2}}
	w.inner.Bump()
	s := []V{{3}, {4}}
	s[1].Bump()
	arr := [2]V{{5}, {6}}
	arr[0].Bump()
	fmt.Println(v, w, s, arr)
	pw := &w
	pw.inner.Bump()
	fmt.Println(w.inner.x)
}
