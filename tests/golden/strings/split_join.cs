// checks: strings.Split, Join, Fields, including edge cases
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Join(nil, ",") == "")
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here  "))
	fmt.Println(len(strings.Fields("   ")))
}
