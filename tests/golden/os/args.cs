// checks: os.Args holds the program name and the arguments (from args.args)
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
}
