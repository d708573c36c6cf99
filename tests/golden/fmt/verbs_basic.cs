// checks: %v %d %s %t %c %q %x %X %% on basic values
package main

import "fmt"

func main() {
	fmt.Printf("%v %v %v %v\n", 42, "str", true, 2.5)
	fmt.Printf("%d %d %d\n", -7, int8(-128), uint64(18446744073709551615))
	fmt.Printf("%s|%t|%c|%c\n", "text", false, 'A', 0x4e16)
	fmt.Printf("%q %q %q\n", "a\"b\n", 'x', '\n')
	fmt.Printf("%x %X %x %X\n", 255, 255, -255, "hi")
	fmt.Printf("%x % x %X\n", []byte("abc"), []byte("abc"), "héllo")
	fmt.Printf("100%%\n")
	fmt.Printf("%o %b\n", 8, 5)
}
