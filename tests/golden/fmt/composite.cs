// checks: %v and %+v on slices, arrays, maps, nested structs, pointers, nil
package main

import "fmt"

type Pt struct{ X, Y int }
type Line struct {
	A, B Pt
	Tag  string
}

func main() {
	l := Line{Pt{1, 2}, Pt{3, 4}, "l1"}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%v %+v\n", &l.A, []Pt{{5, 6}})
	fmt.Printf("%v %v %v\n", []int(nil), map[string]Pt{"o": {}}, [2]bool{true})
	fmt.Printf("%d %x\n", []int{10, 11}, []int{10, 11})
	fmt.Printf("%q\n", []string{"a", "b c"})
	var e error
	var p *Pt
	fmt.Printf("%v %v\n", e, p)
	fmt.Println([]interface{}{1, "a", nil, 2.5})
	fmt.Printf("%s\n", []string{"x", "y"})
}
