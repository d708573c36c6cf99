// checks: tier-2 strings functions: Replace, Trim, LastIndex, Count, Title-free
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ReplaceAll("a-b-c", "-", "+"), strings.Replace("aaa", "a", "b", 2))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsRune("abc", 'b'), strings.IndexByte("abc", 'c'))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
}
