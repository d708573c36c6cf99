// checks: os.WriteFile then os.ReadFile round trip; ReadFile of a missing file errs
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("files.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile("no_such_file.txt")
	fmt.Println(err != nil, err)
	name := os.Args[0] + ".tmp"
	if err := os.WriteFile(name, []byte("written\n"), 0644); err != nil {
		fmt.Println("write failed:", err)
	}
	back, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", back, err)
	os.Remove(name)
}
