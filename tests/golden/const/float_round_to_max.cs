package main

import "fmt"

const (
	max32 = 3.40282346638528859811704183484516925440e+38
	ulp32 = 1.0 << (127 - 23)
	max64 = 1.797693134862315708145274237317043567981e+308
	ulp64 = 1.0 << (511 - 52) * 1.0
)

func main() {
	fmt.Println(float32(max32+ulp32/4), float32(max32+ulp32/3) == float32(max32), float32(-(max32 + ulp32/4)))
	fmt.Println(float64(max64+ulp64/4), float64(-(max64 + ulp64/3)))
	var f float32 = max32 + ulp32/8
	fmt.Println(f)
}
