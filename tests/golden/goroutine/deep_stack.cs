// checks: goroutines can recurse deeply (stacks grow), many at a time
package main

import "fmt"

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	ch := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) { ch <- depth(20000 + g) }(g)
	}
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-ch
	}
	fmt.Println(sum)
}
