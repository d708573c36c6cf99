// checks: rune literals and their escapes are integer values
package main

import "fmt"

func main() {
	fmt.Println('a', '\n', '\t', '\\', '\'', '"')
	fmt.Println('\x41', '\101', '\u00e9', '\U0001F600', 'é', '世')
	fmt.Println('\a', '\b', '\f', '\r', '\v', '\000')
	r := 'x'
	fmt.Printf("%T %c %d\n", r, r, r)
}
