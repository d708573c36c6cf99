// checks: TrimSpace, ToUpper, ToLower, Repeat
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("MiXeD ÉTÉ"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Repeat("=", 20))
}
