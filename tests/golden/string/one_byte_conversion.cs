package main

// string(b) of a one-byte slice shares static data (no allocation, as in
// Go): the string must still be a copy, unchanged when b changes, equal
// to other one-byte strings, and usable as a map key.

import "fmt"

func main() {
	b := []byte{'x'}
	s := string(b)
	b[0] = 'y'
	t := string(b)
	fmt.Println(s, t, s == "x", t == "y", s == t)
	seen := map[string]int{}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for i := 0; i < 256; i++ {
		seen[string(all[i:i+1])]++
		all[i] = 0
	}
	fmt.Println(len(seen), seen["\x00"], seen["a"], seen["\xff"], len(string(all[3:4])), []byte(string(all[255:])))
}
