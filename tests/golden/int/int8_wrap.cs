// checks: int8 and uint8 arithmetic wraps around
package main

import "fmt"

func main() {
	var x int8 = 127
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	var y int8 = -128
	y = -y
	fmt.Println(y)
	var m int8 = 100
	m *= 3
	fmt.Println(m)
	var b uint8 = 255
	b++
	fmt.Println(b)
	b--
	fmt.Println(b)
	var c byte = 0
	c -= 1
	fmt.Println(c, c*c)
}
