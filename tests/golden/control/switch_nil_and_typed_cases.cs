package main

import "fmt"

type T int
type F float64

func main() {
	switch a := make([]int, 1); a {
	case nil:
		fmt.Println("nil slice?")
	default:
		fmt.Println("non-nil slice")
	}
	var s []string
	switch s {
	case nil:
		fmt.Println("nil slice")
	}
	var m map[string]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	for _, v := range []interface{}{1, T(1), 1.0, F(1), "1", nil} {
		switch v {
		case nil:
			fmt.Println("nil")
		case 1:
			fmt.Println("int 1")
		case T(1):
			fmt.Println("T 1")
		case 1.0:
			fmt.Println("float 1")
		case F(1.0):
			fmt.Println("F 1")
		default:
			fmt.Println("other", v)
		}
	}
}
