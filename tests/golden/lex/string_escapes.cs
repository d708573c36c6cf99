// checks: interpreted string escapes, byte vs unicode escapes, len
package main

import "fmt"

func main() {
	s := "a\tb\"c\\d\x41\101\u00e9\U0001F600"
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", s)
	b := "\xff\xfe"
	fmt.Println(len(b), b[0], b[1])
	fmt.Println(len("\u00e9"), len("\xc3\xa9"), "\u00e9" == "\xc3\xa9")
	fmt.Println("line1\nline2")
}
