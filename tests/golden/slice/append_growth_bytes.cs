// checks: cap() growth of []byte and []string slices (size-class rounding)
package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			last = cap(b)
			fmt.Print(cap(b), " ")
		}
	}
	fmt.Println()
	var s []string
	last = -1
	for i := 0; i < 600; i++ {
		s = append(s, "")
		if cap(s) != last {
			last = cap(s)
			fmt.Print(cap(s), " ")
		}
	}
	fmt.Println()
	c := append([]byte("hello"), " world"...)
	fmt.Println(string(c), len(c), cap(c))
}
