// Named pointer types that point to themselves, directly or through each
// other (C cannot spell them; csc makes them void * and casts on use).
package main

import "fmt"

type Peano *Peano

func makePeano(n int) *Peano {
	if n == 0 {
		return nil
	}
	p := Peano(makePeano(n - 1))
	return &p
}

func count(p Peano) int {
	n := 0
	for p != nil {
		p = *p
		n++
	}
	return n
}

type A *B
type B *A

func main() {
	fmt.Println(count(*makePeano(10)), count(nil))
	var b B
	a := A(&b)
	*a = B(&a)
	fmt.Println(*a != nil, **a == a)
	var e interface{} = a
	_, ok := e.(A)
	fmt.Println(ok)
}
