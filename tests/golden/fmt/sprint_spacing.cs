// checks: Print/Sprint add spaces only between non-string operands; Println always
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2, "y", "z", 3)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1, true) == "a 1 true\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]int{1}, []int{2}))
	fmt.Print()
	fmt.Println()
	fmt.Println("end")
}
