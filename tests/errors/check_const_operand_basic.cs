package main

import "time"

// a constant operand that does not fit the other operand's named type is
// reported against the basic type underneath, as gc does
type C int8

func main() {
	var d C
	d = d * 1000
	time.Sleep(time.Second * 1.5)
	var b byte
	b = b + 300
	_ = d
}
