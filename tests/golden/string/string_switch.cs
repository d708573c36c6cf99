// checks: strings as switch tags and map keys; equality by content
package main

import "fmt"

func kind(s string) string {
	switch s {
	case "apple", "pear":
		return "fruit"
	case "carrot":
		return "vegetable"
	}
	return "unknown"
}

func main() {
	for _, w := range []string{"apple", "carrot", "pear", "rock"} {
		fmt.Println(w, kind(w))
	}
	b := []byte("app")
	b = append(b, "le"...)
	fmt.Println(kind(string(b)))
}
