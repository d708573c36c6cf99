// checks: line and block comments, including block comments spanning lines
package main

import "fmt" // trailing comment

/* a block comment
   over several lines */

func main() {
	x := 1 /* inline */ + /* another */ 2
	fmt.Println(x) // 3
	y := 4 /* a comment with a newline
	acts like a newline, so a semicolon goes here */
	fmt.Println(y)
	s := "// not a comment /* nor this */"
	fmt.Println(s)
	// fmt.Println("not printed")
}
