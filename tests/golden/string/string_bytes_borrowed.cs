// string(b) of a []byte as a concatenation operand (with a non-empty
// constant beside it) or as a switch tag compared with constants reads b
// in place; the results must still be independent copies of b's bytes.
package main

import "fmt"

func main() {
	b := []byte("hello")
	s := "<" + string(b) + ">"
	b[0] = 'J'
	fmt.Println(s)
	empty := ""
	t := "" + string(b) + empty
	b[0] = 'Y'
	fmt.Println(t)
	u := string(b) + empty
	b[1] = 'E'
	fmt.Println(u)
	parts := []string{}
	for i := 0; i < 3; i++ {
		b[4] = byte('0' + i)
		parts = append(parts, "["+string(b[:i+2])+"]"+string(b))
	}
	b[0] = '!'
	fmt.Println(parts)
	for _, w := range [][]byte{[]byte("yEll0"), []byte("x"), []byte("hello"), nil} {
		switch string(w) {
		case "x":
			fmt.Println("x")
			w[0] = 'y'
			fallthrough
		case "yEll0":
			fmt.Println("yEll0 or after x", string(w))
		case "":
			fmt.Println("empty")
		default:
			w[0] = 'H'
			fmt.Println("default", string(w))
		}
	}
	v := 3
	switch string(b[:1]) {
	case fmt.Sprint(v):
		fmt.Println("three")
	case "!":
		fmt.Println("bang")
	}
}
