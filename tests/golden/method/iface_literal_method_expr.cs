// Method expressions on interface types, named or literal: the function
// takes the interface value as its first argument.
package main

import "fmt"

type num int

func (n num) Add(k int) int    { return int(n) + k }
func (n num) String() string   { return fmt.Sprintf("num(%d)", int(n)) }

type Adder interface{ Add(int) int }

func main() {
	add := Adder.Add
	fmt.Println(add(num(5), 6))
	lit := interface{ Add(int) int }.Add
	fmt.Println(lit(num(1), 1), interface{ Add(int) int }.Add(num(2), 2))
	str := interface{ String() string }.String
	fmt.Println(str(num(3)), fmt.Stringer.String(num(4)))
	fmt.Printf("%T\n", lit)
}
