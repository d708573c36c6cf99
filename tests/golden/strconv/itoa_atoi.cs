// checks: strconv.Itoa and Atoi, with Atoi's error values
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-17", "+5", "007", "abc", "", "1.5", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	s := strconv.Itoa(99) + "!"
	fmt.Println(s, len(s))
}
