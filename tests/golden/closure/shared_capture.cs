// checks: several closures share one captured variable; params captured too
package main

import "fmt"

func accumulate(start int) (func(int), func() int) {
	add := func(n int) { start += n }
	get := func() int { return start }
	return add, get
}

func main() {
	add, get := accumulate(10)
	add(5)
	add(-2)
	fmt.Println(get())
	msgs := []string{}
	logf := func(s string) { msgs = append(msgs, s) }
	logf("a")
	logf("b")
	fmt.Println(msgs, len(msgs))
	func() {
		msgs[0] = "A"
	}()
	fmt.Println(msgs)
}
