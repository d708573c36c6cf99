// checks: range over a string decodes runes, byte offsets as keys
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	for i, r := range "a\xffb\xe4\xb8" {
		fmt.Println(i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "ab" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
