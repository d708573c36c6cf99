// checks: type assertions and switches on same-named local types, with
// promoted String methods and embedded errors
package main

import (
	"errors"
	"fmt"
)

type Named struct{ N string }

func (n Named) String() string { return "named:" + n.N }

func f() any {
	type T struct{ Named }
	return T{Named{"f"}}
}

func g() any {
	type T struct {
		Named
		X int
	}
	return T{Named{"g"}, 2}
}

func isF(x any) bool {
	type T struct{ Named }
	_, ok := x.(T)
	return ok
}

func sw(x any) string {
	type T struct {
		Named
		X int
	}
	type U = T
	switch v := x.(type) {
	case U:
		return "g's T " + fmt.Sprint(v.X)
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "other"
}

func errs() []error {
	type E struct{ error }
	var out []error
	for i := 0; i < 2; i++ {
		type E struct{ error }
		out = append(out, E{errors.New("inner")})
	}
	out = append(out, E{errors.New("outer")})
	return out
}

func main() {
	a, b := f(), g()
	fmt.Println(a, b)
	fmt.Printf("%T %T %v %+v\n", a, b, a, b)
	fmt.Println(isF(a), isF(b), sw(a), sw(b))
	e := errs()
	fmt.Println(e[0] == e[1], e[0], e[2])
	fmt.Printf("%T %T %T\n", e[0], e[1], e[2])
	fmt.Println(fmt.Sprintf("%T", e[0]) == fmt.Sprintf("%T", e[2]))
	var x, y any = e[0], e[2]
	_, ok := x.(interface{ Unwrap() error })
	fmt.Println(ok, x == y)
	func() {
		type T struct{ Named }
		fmt.Println(isF(T{Named{"lit"}}), T{Named{"lit"}} == a)
	}()
}
