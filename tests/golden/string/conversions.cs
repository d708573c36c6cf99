// checks: string(rune), []byte(s), string(b), []rune(s), string(runes)
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	b := []byte("héllo")
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b))
	r := []rune("héllo")
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string([]byte{0x77, 0x6f, 0x77}), string([]rune{0x4e16, 0x754c}))
	s := "abc"
	bs := []byte(s)
	bs[0] = 'X'
	fmt.Println(s, string(bs))
	var e []byte
	fmt.Println(string(e) == "", len([]rune("")))
}
