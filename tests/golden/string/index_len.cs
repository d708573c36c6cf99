// checks: len counts bytes, indexing yields bytes of the UTF-8 encoding
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Printf("%T %c\n", s[0], s[0])
	for i := 0; i < 3; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println(len(""), len("abc"), len("世"))
}
