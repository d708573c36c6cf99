// checks: indexing, len and slicing through a pointer to an array
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	p[1] = 20
	fmt.Println(len(p), cap(p), p[1], arr[1])
	s := p[1:3]
	s[0] = 200
	fmt.Println(arr, s)
	full := arr[:]
	full[3] = 40
	fmt.Println(arr, len(full), cap(full))
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(sum)
}
