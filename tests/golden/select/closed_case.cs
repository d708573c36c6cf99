// checks: a closed channel is always ready in select, with ok == false
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case _, ok := <-done:
			if !ok {
				n++
			}
		}
	}
	fmt.Println(n)
	select {
	case <-done:
		fmt.Println("done is ready")
	default:
		fmt.Println("default")
	}
}
