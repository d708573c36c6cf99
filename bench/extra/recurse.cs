package main

// Recursion-heavy integer functions: Ackermann, Takeuchi (tak),
// Hofstadter's Q by plain recursion with a memo slice, a recursive
// permutation counter and mutual recursion (isEven/isOdd).

import (
	"fmt"
	"os"
	"strconv"
)

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func tak(x, y, z int) int {
	if y < x {
		return tak(tak(x-1, y, z), tak(y-1, z, x), tak(z-1, x, y))
	}
	return z
}

func takf(x, y, z float64) float64 {
	if y < x {
		return takf(takf(x-1, y, z), takf(y-1, z, x), takf(z-1, x, y))
	}
	return z
}

func perms(used []bool, depth, n int) int {
	if depth == n {
		return 1
	}
	c := 0
	for i := 0; i < n; i++ {
		if !used[i] && (depth == 0 || i != depth-1) {
			used[i] = true
			c += perms(used, depth+1, n)
			used[i] = false
		}
	}
	return c
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	scale := 10
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println("ack(2,", scale*100, ") =", ack(2, scale*100))
	fmt.Println("ack(3,", scale-1, ") =", ack(3, scale-1))
	fmt.Println("tak(", 2*scale, scale+3, 6, ") =", tak(2*scale, scale+3, 6))
	fmt.Println("takf =", takf(float64(2*scale), float64(scale+3), 6))
	fmt.Println("perms(", scale, ") =", perms(make([]bool, scale), 0, scale))
	c := 0
	for i := 0; i < 2000; i++ {
		if isEven(i * scale) {
			c++
		}
	}
	fmt.Println("evens", c)
}
