// fmt corner cases: a String or Error method promoted from an embedded field
// formats the whole value, a nil embedded pointer's panic is caught by fmt, and
// width/precision/verbs apply element-wise inside slices, arrays and maps.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Named struct{ name string }

func (n Named) String() string { return "Named(" + n.name + ")" }

type Wrapper struct {
	Named
	extra int
}

type PtrWrap struct {
	*Named
	n int
}

type Timed struct {
	time.Duration
	label string
}

type ErrWrap struct {
	error
	code int
}

type Both struct {
	Named
	ErrWrap
}

type Shadow struct {
	Named
}

func (s Shadow) String() string { return "shadow" }

type Inner struct{ v int }

func (i *Inner) String() string { return fmt.Sprint("inner ", i.v) }

type Outer struct{ Inner }
type OuterP struct{ *Inner }

func runPromoted() {
	fmt.Println(Wrapper{Named{"a"}, 1})
	fmt.Printf("%v %+v %s %d\n", Wrapper{Named{"b"}, 2}, Wrapper{Named{"c"}, 3}, Wrapper{}, Wrapper{})
	fmt.Printf("%#v\n", Wrapper{Named{"d"}, 4})
	fmt.Println(PtrWrap{&Named{"p"}, 5})
	fmt.Println(Timed{1500 * time.Millisecond, "t"})
	fmt.Println(ErrWrap{errors.New("boom"), 7})
	fmt.Println(Shadow{Named{"x"}})
	fmt.Println(Outer{Inner{1}}, &Outer{Inner{2}}, OuterP{&Inner{3}})
	fmt.Println([]Wrapper{{Named{"s"}, 0}}, map[string]Timed{"k": {time.Second, "v"}})
	var e error = ErrWrap{errors.New("as error"), 1}
	fmt.Println(e)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(PtrWrap{})
}

type P struct {
	X int
	S string
}

type M map[string]float64

func runWidthComposite() {
	fmt.Printf("%6v|\n", []int{1, 22})
	fmt.Printf("%-4v|\n", P{1, "a"})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
	fmt.Printf("%05.1f\n", []float64{1.25, -2})
	fmt.Printf("%6.2v|\n", M{"b": 1.234, "a": 22.5})
	fmt.Printf("%+q %q\n", []string{"é"}, map[string]int{"k": 1})
	fmt.Printf("%08v|%-8v|\n", 3.5, true)
	fmt.Printf("%3d|%-3d|\n", [3]int{1, 2, 3}, []int8{-1})
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}}, map[P]bool{{1, "a"}: true, {0, "b"}: false})
	fmt.Printf("%#v\n", map[P][]int{{1, "x"}: {1}})
	fmt.Printf("%#v %#v\n", [2]bool{}, struct{ A *int }{})
	fmt.Printf("%s|%10s|\n", P{2, "q"}, []string{"a", "b"})
	fmt.Printf("%d|%s\n", P{3, "w"}, &P{4, "e"})
	fmt.Printf("%v|%.1f|%5.2f\n", []interface{}{1.5, "x"}, []interface{}{2.25, 3}, map[string]float64{"pi": 3.14159})
	fmt.Printf("%t|%q|%c\n", []interface{}{true, 1}, []rune{'a', 'b'}, []int{72, 105})
	fmt.Printf("%U\n", []rune("hé"))
	fmt.Printf("%e|%g\n", []float32{1, 0.1}, [2]float64{1e100, 1e-100})
	fmt.Printf("%o %b\n", []int{8, 9}, []uint{3})
	var np *P
	var ni interface{}
	fmt.Printf("%v %+v %d %s\n", np, np, np, ni)
	fmt.Printf("%p\n", np)
	fmt.Printf("%v %v\n", []*int{nil}, map[string]*P{"x": nil})
	fmt.Println([]error{nil, fmt.Errorf("e")}, [1]fmt.Stringer{})
}

func main() {
	fmt.Println("== Promoted")
	runPromoted()
	fmt.Println("== WidthComposite")
	runWidthComposite()
}
