// checks: FormatInt in several bases, ParseInt with base and bit size
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(8, 8))
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0b11", 0, 64}, {"0o17", 0, 64},
		{"017", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12a", 10, 64}}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
}
