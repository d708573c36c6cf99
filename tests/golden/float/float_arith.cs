// checks: float arithmetic, comparisons and accumulation
package main

import "fmt"

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, sum < 1.0)
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(a > b, a == 7.5, b != 2)
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32))
	x := 1e308
	fmt.Println(x*10, -x*10)
	n := 0.0
	for i := 1; i <= 100; i++ {
		n += 1.0 / float64(i*i)
	}
	fmt.Printf("%.12f\n", n)
}
