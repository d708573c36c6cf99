// checks: any and interface{} hold values of every type; slices of any
package main

import "fmt"

func show(vals ...any) {
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
}

func main() {
	show(1, "a", 2.5, true, []int{1}, map[string]int{"k": 1}, nil)
	var a any = 5
	var b interface{} = a
	fmt.Println(a == b)
	box := []any{}
	box = append(box, 1, "two")
	fmt.Println(len(box), box)
}
