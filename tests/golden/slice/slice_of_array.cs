// checks: slicing an array aliases it; slice of slice bounds use cap
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	s = s[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 99
	fmt.Println(arr)
	t := s[:cap(s)]
	fmt.Println(t)
	sum := func(xs []int) int {
		n := 0
		for _, x := range xs {
			n += x
		}
		return n
	}
	fmt.Println(sum(arr[:]), sum(arr[4:]))
}
