// checks: full slice expressions s[a:b:c] limit cap; append then copies
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	s := base[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(base)
	s = append(s, 40)
	s[0] = 100
	fmt.Println(base, s)
	arr := [5]int{1, 2, 3, 4, 5}
	t := arr[:2:2]
	fmt.Println(len(t), cap(t))
	t = append(t, 9)
	fmt.Println(arr, t)
	u := base[2:2:2]
	fmt.Println(len(u), cap(u))
}
