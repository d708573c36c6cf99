// checks: a deferred function that recovers and panics again; exit 2
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
