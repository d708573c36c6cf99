// checks: printing a value nested 20,000 deep inside a goroutine (fmt
// recursion continues on new stack segments)
package main

import "fmt"

type node struct {
	v    int
	next interface{}
}

func main() {
	done := make(chan string)
	go func() {
		var x interface{} = nil
		for i := 0; i < 20000; i++ {
			x = node{i, x}
		}
		s := fmt.Sprint(x)
		done <- s[len(s)-40:]
	}()
	fmt.Println(<-done)
}
