// checks: string concatenation and byte-wise ordering
package main

import "fmt"

func main() {
	a := "hello"
	b := a + ", " + "world"
	b += "!"
	fmt.Println(b, len(b))
	fmt.Println("a" < "b", "Z" < "a", "" < "a", "abc" < "abd", "ab" < "abc")
	fmt.Println("x" == "x", "x" != "y", "b" > "abc", "é" > "z")
	fmt.Println(a == "hel"+"lo", a >= "hello", a <= "hell")
}
