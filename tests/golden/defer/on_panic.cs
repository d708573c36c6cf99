// checks: deferred calls run while a panic unwinds, before recover stops it
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("boom")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main defer")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	middle()
	fmt.Println("not reached either")
}
