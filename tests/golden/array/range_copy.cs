// checks: range over an array iterates over a copy; over &array it does not
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		if i == 2 {
			fmt.Println("value", v)
		}
	}
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		if i == 2 {
			fmt.Println("value", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 2 {
			fmt.Println("value", v)
		}
	}
	fmt.Println(a, b, s)
}
