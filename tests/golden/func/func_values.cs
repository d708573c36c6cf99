// checks: functions as values, in maps and slices, compared with nil
package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func main() {
	ops := map[string]func(int, int) int{"+": add, "-": sub}
	fmt.Println(ops["+"](3, 4), ops["-"](3, 4))
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(1, 1))
	table := []struct {
		name string
		fn   func(int, int) int
	}{{"add", add}, {"mul", func(a, b int) int { return a * b }}}
	for _, t := range table {
		fmt.Println(t.name, t.fn(6, 7))
	}
}
