package main

import "fmt"

func main() {
	var s uint = 3
	var i int = 1.0 << s
	var u8 uint8 = 1 << (s + 5)
	var i64 int64 = 2.0<<s + 1
	h := 1 << s
	x := []int{0, 1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(i, u8, i64, h, x[1<<s], float64(int(1)<<s))
	fmt.Printf("%T %T\n", 1<<s, -(1 << s))
	fmt.Println(uint64(1)<<s == 1<<s, 1<<s > 7)
	const c = 1.0 << 3
	fmt.Printf("%T %v\n", c, c)
}
