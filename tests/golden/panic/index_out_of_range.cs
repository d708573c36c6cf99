// checks: index out of range panics with Go's message and exit status 2
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("after")
}
