package main

// A division panics in the middle arm of an if whose three arms divide
// alike: the traceback gives that arm's line. gcc keeps one copy of
// identical statements unless told not to (tail merging, then
// cross-jumping), and the panic was reported at the first or the last
// arm's line. The arm is chosen by the number of arguments (.args), which
// gcc cannot know.

import (
	"fmt"
	"os"
)

func div(x, n int) int {
	v := 0
	if n == 1 {
		v = x / (n - 1)
	} else if n == 2 {
		v = x / (n - 2)
	} else {
		v = x / (n - 3)
	}
	return v
}

func main() {
	n := len(os.Args) - 1
	fmt.Println(div(7, n+2))
	fmt.Println(div(7, n))
}
