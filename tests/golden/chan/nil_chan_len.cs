// checks: a nil channel has len and cap 0 and compares equal to nil
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	ch = make(chan int, 2)
	fmt.Println(ch == nil, len(ch), cap(ch))
	other := ch
	fmt.Println(other == ch, make(chan int) == ch)
}
