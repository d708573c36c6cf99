// checks: os.Exit(3) ends the program at once with status 3; defers do not run
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting")
	os.Exit(3)
}
