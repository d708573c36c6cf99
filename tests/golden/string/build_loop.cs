// checks: building strings with += in a loop; strings are immutable values
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	t := s
	s += "!"
	fmt.Println(s, t)
	out := ""
	for i := 0; i < 1000; i++ {
		out += "x"
	}
	fmt.Println(len(out))
	digits := ""
	for n := 12345; n > 0; n /= 10 {
		digits = string(rune('0'+n%10)) + digits
	}
	fmt.Println(digits)
}
