// checks: a failed type assertion panics with Go's interface conversion text
package main

import "fmt"

func main() {
	var x interface{} = "text"
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Println(x.(int))
}
