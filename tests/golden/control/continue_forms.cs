// checks: continue runs the post statement; nested loops with labels
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	pairs := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			pairs++
		}
	}
	fmt.Println(pairs)
}
