// checks: three-clause, condition-only, infinite loops, empty clauses
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 10
	for n > 0 {
		n -= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	j := 0
	for ; j < 3; {
		j++
	}
	fmt.Println(j)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
}
