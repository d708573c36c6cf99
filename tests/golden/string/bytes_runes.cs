// checks: byte and rune arithmetic, counting runes, reversing a string
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(reverse("Hello, 世界!"))
	var c byte = 'a'
	c += 2
	fmt.Println(c, string(rune(c)))
	upper := []byte("shout")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	fmt.Println(string(upper))
	fmt.Println(len([]rune("世界")), len("世界"))
}
