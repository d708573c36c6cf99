// checks: composite types built from same-named local types ([]T, *T,
// map[string]T, [1]T, struct{X T}) stay distinct in switches and ==
package main

import "fmt"

func f() (any, any, any, any, any) {
	type T struct{ A int }
	return []T{{1}}, &T{2}, map[string]T{"a": {3}}, [1]T{{4}}, struct{ X T }{T{5}}
}

func g() (any, any, any, any, any) {
	type T struct{ A int }
	return []T{{1}}, &T{2}, map[string]T{"a": {3}}, [1]T{{4}}, struct{ X T }{T{5}}
}

func kind(x any) string {
	type T struct{ A int }
	switch x.(type) {
	case []T:
		return "slice"
	case *T:
		return "ptr"
	case map[string]T:
		return "map"
	case [1]T:
		return "array"
	case struct{ X T }:
		return "struct"
	}
	return "other " + fmt.Sprintf("%T", x)
}

func same() (any, any) {
	type T struct{ A int }
	mk := func() any { return T{7} }
	return mk(), T{7}
}

func main() {
	a1, a2, a3, a4, a5 := f()
	b1, b2, b3, b4, b5 := g()
	for _, x := range []any{a1, a2, a3, a4, a5, b1, b2, b3, b4, b5} {
		fmt.Printf("%T %v %s\n", x, x, kind(x))
	}
	fmt.Println(a4 == b4, a5 == b5, a4 == a4, b5 == b5)
	x, y := same()
	fmt.Println(x == y)
	for i := 0; i < 2; i++ {
		type L struct{ I int }
		var v any = L{1}
		_, ok := v.(L)
		fmt.Println(ok, v == any(L{1}))
	}
}
