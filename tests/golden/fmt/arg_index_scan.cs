// checks: fmt's explicit argument indexes and basic Sscan/Sscanf
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Printf("%[2]*.[1]*[3]f|\n", 2, 8, 3.14159)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%[0]d %[x]d\n", 1)
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("pos(3, -4) name=gopher 2.5", "pos(%d, %d) name=%s %g", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("10\n20  word", &a, &b, &s)
	fmt.Println(n, err, a+b, s)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)
	var ok bool
	n, err = fmt.Sscan("true", &ok)
	fmt.Println(n, err, ok)
}
