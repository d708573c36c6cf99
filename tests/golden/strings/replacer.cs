// checks: strings.NewReplacer (argument-order priority, empty old string), ToTitle, LastIndexFunc
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReplacer("a", "1", "aa", "2", "b", "", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("aaab<b>c"), r.Replace(""), r.Replace("xyz"))
	r2 := strings.NewReplacer("", "-")
	fmt.Println(r2.Replace("héy"), r2.Replace(""))
	r3 := strings.NewReplacer("hello", "HI", "he", "X", "", "_")
	fmt.Println(r3.Replace("hello help"))
	fmt.Println(strings.ToTitle("héllo"), strings.LastIndexFunc("ab1c2d", unicode.IsDigit))
}
