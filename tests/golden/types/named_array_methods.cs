// Two named array types with one underlying array type, both with
// methods, both used through interfaces.
package main

import "fmt"

type Sum [2]uint64
type SumA [2]uint64

func (s *Sum) Add(n uint64)  { s[0] += n }
func (s *SumA) Add(n uint64) { s[1] += n }

type Adder interface{ Add(uint64) }

func main() {
	var a Sum
	var b SumA
	for _, x := range []Adder{&a, &b} {
		x.Add(5)
	}
	var e interface{} = a
	_, isA := e.(SumA)
	fmt.Println(a, b, isA)
}
