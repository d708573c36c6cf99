package main

// Comparisons with string(b) operands, which compare b's bytes in place
// (no copy): equal and ordered comparisons, nil and empty slices, named
// string and byte-slice types, an operand whose call changes b's bytes
// first, and b changed between comparisons.

import "fmt"

type name string

type blob []byte

func touch(b []byte) string {
	b[0] = 'z'
	return "zbc"
}

func main() {
	a, b := []byte("abc"), []byte("abd")
	fmt.Println(string(a) == string(b), string(a) != string(b), string(a) < string(b), string(b) >= "abd")
	var nilb []byte
	fmt.Println(string(nilb) == "", string(a[:0]) == string(nilb), "" < string(a))
	fmt.Println(name(a) == "abc", name(blob(b)) > name(a))
	c := []byte("abc")
	fmt.Println(string(c) == touch(c), string(c))
	d := []byte("abc")
	fmt.Println(touch(d) == string(d), string(d))
	e := []byte("key")
	same := string(e) == "key"
	e[0] = 'K'
	fmt.Println(same, string(e) == "key", string(e) == "Key")
	n := 0
	for i := 0; i < 1000; i++ {
		buf := []byte(fmt.Sprint(i % 10))
		if string(buf) == "7" || string(buf) > "8" {
			n++
		}
	}
	fmt.Println(n)
	var x interface{} = "abc"
	fmt.Println(x == string(a), string(a) == x)
}
