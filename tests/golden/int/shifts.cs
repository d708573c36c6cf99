// checks: shifts by counts >= width, signed right shift, unsigned counts
package main

import "fmt"

func main() {
	var s uint = 70
	var one int64 = 1
	var neg int64 = -8
	fmt.Println(one<<s, neg>>s, neg>>1, neg>>63, neg<<60)
	var u8 uint8 = 1
	var k uint = 8
	fmt.Println(u8<<k, u8<<7, uint8(200)>>k)
	var i32 int32 = -1
	fmt.Println(i32>>31, i32<<31, uint32(i32)>>31)
	var n int = 1
	for c := 0; c <= 64; c += 16 {
		fmt.Println(c, n<<c, -n>>c)
	}
	var u uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(u>>63, u>>64, u<<63)
	var sh int = 3
	fmt.Println(5<<sh, 40>>sh)
}
