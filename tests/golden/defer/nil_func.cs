// checks: deferring a nil func value panics when the deferred call runs,
// not at the defer statement; other deferred calls still run
package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("runs after the nil call panics")
	defer f()
	fmt.Println("body runs")
}
