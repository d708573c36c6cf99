// checks: ParseFloat and FormatFloat (tier 2)
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-1e3", "abc", "0.1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1234.5, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.000012, 'g', -1, 64))
}
