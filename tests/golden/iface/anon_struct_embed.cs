// A struct literal type with embedded fields has the promoted methods
// in its method set and its pointer's: it satisfies interfaces.
package main

import "fmt"

type S interface{ A() int }
type impl struct{ n int }

func (i impl) A() int   { return 7 + i.n }
func (i *impl) B() int  { return 100 + i.n }

type AB interface {
	A() int
	B() int
}

func main() {
	var x S = struct{ S }{impl{1}}
	fmt.Println(x.A())
	var y S = &struct{ S }{impl{2}}
	fmt.Println(y.A())
	var z AB = &struct{ *impl }{&impl{3}}
	fmt.Println(z.A(), z.B())
	var w S = struct {
		name string
		impl
	}{"w", impl{4}}
	fmt.Println(w.A())
	fmt.Printf("%v %T\n", x, x)
	if ab, ok := w.(AB); ok {
		fmt.Println("w is AB", ab.B())
	} else {
		fmt.Println("w is not AB")
	}
}
