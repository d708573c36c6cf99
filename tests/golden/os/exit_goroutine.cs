// checks: os.Exit from another goroutine ends the whole program
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exits")
		os.Exit(7)
	}()
	select {}
}
