// checks: raw string literals keep backslashes and newlines
package main

import "fmt"

func main() {
	r := `a\nb\t"c"`
	fmt.Println(r, len(r))
	m := `first
second
	third`
	fmt.Println(m)
	fmt.Println(len(m), `` == "")
	fmt.Printf("%q\n", `\x41`)
}
