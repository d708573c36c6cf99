// checks: if/else chains, init statements scoped to the whole chain
package main

import "fmt"

func sign(x int) string {
	if x < 0 {
		return "negative"
	} else if x == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	fmt.Println(sign(-3), sign(0), sign(8))
	if v, ok := map[string]int{"a": 1}["a"]; !ok {
		fmt.Println("missing")
	} else if v > 0 {
		fmt.Println("positive", v)
	} else {
		fmt.Println("other", v)
	}
}
