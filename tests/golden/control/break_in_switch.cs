// checks: break in a switch leaves the switch; labeled break leaves the loop
package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)
loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			break loop
		case i%2 == 0:
			continue
		}
		fmt.Println("odd", i)
	}
	fmt.Println("done")
}
