// checks: identifiers with Unicode letters, UTF-8 in strings and comments (héllo)
package main

import "fmt"

func main() {
	π := 3.14159
	café := "coffee"
	größe := 42
	日本 := "Japan"
	_x9 := 9
	fmt.Println(π, café, größe, 日本, _x9)
}
