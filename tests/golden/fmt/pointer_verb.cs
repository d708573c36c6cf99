// checks: %p prints a 0x address: equal for the same pointer, different for others
package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func main() {
	a, b := &T{1}, &T{2}
	pa, pb := fmt.Sprintf("%p", a), fmt.Sprintf("%p", b)
	fmt.Println(strings.HasPrefix(pa, "0x"), pa == fmt.Sprintf("%p", a), pa != pb)
	s := []int{1, 2}
	fmt.Println(fmt.Sprintf("%p", s) == fmt.Sprintf("%p", &s[0]))
	var nilp *T
	fmt.Printf("%p %v\n", nilp, nilp)
}
