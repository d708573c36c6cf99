// checks: float to integer conversion truncates toward zero
package main

import "fmt"

func main() {
	vals := []float64{2.7, -2.7, 0.5, -0.5, 1e9, 3.999}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	f := 200.9
	fmt.Println(uint8(f), float64(7)/2, float64(int64(7)/2))
	i := 3
	fmt.Println(float64(i)*0.5, float32(i)/2)
}
