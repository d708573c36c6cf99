package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		close(c)
	}()
	var n chan int
	close(n)
}
