// checks: fmt prints maps with keys sorted (ints, strings, floats, bools)
package main

import "fmt"

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2, "Apple": 0}
	fmt.Println(m)
	n := map[int]string{10: "ten", -1: "minus", 3: "three", 0: "zero"}
	fmt.Println(n)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Printf("%v %d\n", b, len(b))
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Printf("%v\n", nested)
	fmt.Println(map[string]int{})
}
