// checks: Println of mixed values, nil, pointers-to-struct, byte and rune slices
package main

import "fmt"

type S struct {
	A []int
	B map[string]bool
}

func main() {
	fmt.Println(nil, true, 'x', byte('x'), "x")
	fmt.Println([]byte("hi"), []rune("hi"))
	fmt.Println(&S{[]int{1}, map[string]bool{"t": true}})
	fmt.Println(S{})
	fmt.Println(int8(-1), uint16(65535), float32(0.1), 1e100)
	var ip *int
	fmt.Println(ip)
	fmt.Println(`a`, "b", 'c')
}
