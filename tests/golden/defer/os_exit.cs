// checks: os.Exit ends the program at once: no deferred call runs
package main

import (
	"fmt"
	"os"
)

func f() {
	defer fmt.Println("deferred in f: not printed")
	fmt.Println("f body")
	os.Exit(3)
}

func main() {
	defer fmt.Println("deferred in main: not printed")
	f()
}
