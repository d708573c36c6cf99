// checks: untyped constant arithmetic is exact and arbitrary precision
package main

import "fmt"

const big = 1 << 100
const huge = big * big

func main() {
	fmt.Println(big>>98, huge>>199)
	const x = 0.1 + 0.2
	fmt.Println(x == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1)
	const i = 7 / 2
	const f = 7 / 2.0
	fmt.Println(i, f)
	fmt.Println(big/big, 'a'+1, 'a'*2.0)
}
