// checks: cap() after each growth of append, as Go 1.19's growslice sizes it
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
	t := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println(len(t), cap(t))
	u := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(u), cap(u))
}
