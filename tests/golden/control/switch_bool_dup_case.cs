// Like gc, duplicate-case checking covers integer, float and string
// constants only: a tagless switch may list `case 1 > 2:` and `case false:`.
package main

import "fmt"

func main() {
	for _, x := range []int{1, 5} {
		switch {
		case 1 > 2:
			fmt.Println("never")
		case x > 2:
			fmt.Println("big", x)
			fallthrough
		case false:
			fmt.Println("fell into false")
		default:
			fmt.Println("default", x)
		}
	}
	const debug = false
	switch true {
	case debug:
		fmt.Println("debug")
	case !debug, false:
		fmt.Println("release")
	}
}
