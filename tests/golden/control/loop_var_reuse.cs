// checks: the range variable is assigned each iteration (one variable, 1.19)
package main

import "fmt"

func main() {
	var last *int
	same := true
	for i := range []int{1, 2, 3} {
		if last != nil && last != &i {
			same = false
		}
		last = &i
	}
	fmt.Println(same, *last)
	s := []int{10, 20, 30}
	var addrs []*int
	for _, v := range s {
		addrs = append(addrs, &v)
	}
	fmt.Println(*addrs[0], *addrs[1], *addrs[2])
}
