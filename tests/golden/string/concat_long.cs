// String + chains longer than the 64 operands one concatenation takes at a
// time: all operands kept, calls evaluated left to right (a probe with
// long expressions found that csc dropped every operand after the 64th).
package main

import "fmt"

var order string

func f(tag string) string {
	order += tag + " "
	return tag
}

func main() {
	s := "a"
	x := s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s
	fmt.Println(len(x))
	y := f("0") + s + s + s + s + "c" + s + f("7") + s + s + "c" + s + s + s + f("14") + "c" + s + s + s + s + "c" + f("21") + s + s + s + "c" + s + s + f("28") + s + "c" + s + s + s + s + f("35") + s + s + s + s + "c" + s + f("42") + s + s + "c" + s + s + s + f("49") + "c" + s + s + s + s + "c" + f("56") + s + s + s + "c" + s + s + f("63") + s + "c" + s + s + s + s + f("70") + s + s + s + s + "c" + s + f("77") + s + s + "c" + s + s + s + f("84") + "c" + s + s + s + s + "c" + f("91") + s + s + s + "c" + s + s + f("98") + s + "c" + s + s + s + s + f("105") + s + s + s + s + "c" + s + f("112") + s + s + "c" + s + s + s + f("119") + "c" + s + s + s + s + "c" + f("126") + s + s + s + "c" + s + s + f("133") + s + "c" + s + s + s + s + f("140") + s + s + s + s + "c" + s + f("147") + s + s
	fmt.Println(len(y), y)
	fmt.Println(order)
	z := s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s + (s))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
	fmt.Println(len(z))
	w := "<" + (s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s) + ">"
	fmt.Println(len(w))
}
