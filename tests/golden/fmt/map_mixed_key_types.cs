// checks: %v of a map[any] with keys of many dynamic types: Go orders them by
// its type descriptors (linker order: descriptor size, then name)
package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Q struct{ A, B, C int }
type N int

func (n N) M1()  {}
func (n N) M2()  {}
func (n *N) M3() {}

type S string
type E struct{}

func main() {
	p := &P{1, 2}
	ch := make(chan int)
	n := N(3)
	mi := map[any]string{1: "int", "1": "string", 1.5: "float", true: "bool", int8(1): "int8", P{1, 2}: "P",
		uint(1): "uint", [2]int{1, 2}: "arr", [3]string{}: "arr3", p: "ptr", ch: "chan", Q{}: "Q", N(1): "N",
		S("s"): "S", E{}: "E", struct{ A int }{1}: "anon", float32(2): "f32", 'x': "rune", byte(2): "byte",
		&n: "*N", struct{}{}: "empty", uint64(9): "u64", int64(-1): "i64"}
	fmt.Println(len(mi))
	delete(mi, p)
	delete(mi, ch)
	delete(mi, &n)
	fmt.Println(mi)
}
