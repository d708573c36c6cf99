package main

import "fmt"

type Stringer interface{ String() string }

func main() {
	for _, v := range []interface{}{true, false, 1, "x", nil} {
		switch i := v; {
		case i:
			fmt.Println(v, "is true")
		case false:
			fmt.Println(v, "case false")
		default:
			fmt.Println(v, "default")
		}
	}
	var a any = true
	switch {
	case a, false:
		fmt.Println("a")
	}
}
