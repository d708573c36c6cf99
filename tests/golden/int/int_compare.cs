// checks: comparisons on signed vs unsigned and mixed-size values
package main

import "fmt"

func main() {
	var a int8 = -1
	var b uint8 = 255
	fmt.Println(a < 0, b > 0, uint8(a) == b, int8(b) == a)
	x, y := -5, 3
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	var u uint = 0
	fmt.Println(u-1 > u)
	fmt.Println(min3(4, -2, 9), max3(4, -2, 9))
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func max3(a, b, c int) int {
	m := a
	if b > m {
		m = b
	}
	if c > m {
		m = c
	}
	return m
}
