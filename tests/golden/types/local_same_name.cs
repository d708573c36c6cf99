// checks: same-named local types in different functions are distinct types:
// %T/%v agree with Go, == and map keys tell them apart
package main

import "fmt"

type Shape interface{ Area() int }

func f() any {
	type T struct{ A int }
	return T{1}
}

func g() any {
	type T struct{ B string }
	return T{"x"}
}

func h() any {
	type T int
	return T(5)
}

func k(n int) any {
	if n > 0 {
		type T struct{ C float64 }
		return T{1.5}
	}
	type T []int
	return T{1, 2}
}

func classify(x any) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return fmt.Sprintf("%T", x)
}

func main() {
	a, b, c := f(), g(), h()
	fmt.Printf("%T %v %+v %#v\n", a, a, a, a)
	fmt.Printf("%T %v %+v %#v\n", b, b, b, b)
	fmt.Printf("%T %v %#v\n", c, c, c)
	fmt.Println(a == b, a == f(), b == g(), c == h())
	fmt.Println(k(1), k(0), classify(k(1)), classify(k(0)))
	fmt.Printf("%#v %#v\n", k(1), k(0))
	m := map[any]int{}
	m[f()]++
	m[g()]++
	m[f()]++
	fmt.Println(len(m), m[f()], m[g()])
	_, ok := a.(interface{ Area() int })
	fmt.Println(ok)
}
