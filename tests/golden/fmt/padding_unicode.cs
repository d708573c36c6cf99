// checks: width counts runes, not bytes, when padding strings
package main

import "fmt"

func main() {
	fmt.Printf("[%6s][%-6s]\n", "héllo", "世界")
	fmt.Printf("[%.3s][%5.1s]\n", "日本語です", "éa")
	fmt.Printf("[%4c][%-4c]\n", '世', 'é')
	fmt.Printf("[%-10v][%10v]\n", []int{1, 2}, map[int]int{1: 2})
}
