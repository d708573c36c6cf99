// checks: range over slice, array, string, map, channel, with every form
package main

import "fmt"

func main() {
	for i, v := range []string{"x", "y"} {
		fmt.Print(i, v, " ")
	}
	for i := range [3]int{} {
		fmt.Print(i, " ")
	}
	for _, r := range "hi" {
		fmt.Print(string(r), " ")
	}
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Print(k, v, " ")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print("c", v, " ")
	}
	var i int
	for i = range []int{5, 6, 7} {
	}
	fmt.Println(i)
}
