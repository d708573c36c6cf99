// checks: functions returning several results, passed straight to calls
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func sum2(a, b int) int { return a + b }

func three() (int, string, bool) { return 1, "two", true }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(swap("x", "y"))
	fmt.Println(sum2(divmod(17, 5)))
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(three())
}
