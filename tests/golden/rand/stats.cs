// checks: Float64, Float32, NormFloat64 and ExpFloat64 over many draws
// (sums printed exactly, so every value must be Go's) have the expected
// means and spreads
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(99))
	const n = 200000
	var sum, sq, min, max float64 = 0, 0, 1, 0
	var sum32 float32
	for i := 0; i < n; i++ {
		f := r.Float64()
		sum += f
		sq += f * f
		min = math.Min(min, f)
		max = math.Max(max, f)
		sum32 += r.Float32()
	}
	mean := sum / n
	fmt.Println("Float64", sum, sq, min, max)
	fmt.Printf("Float64 mean %.3f var %.3f\n", mean, sq/n-mean*mean)
	fmt.Println("Float32", sum32)

	sum, sq = 0, 0
	for i := 0; i < n; i++ {
		x := r.NormFloat64()
		sum += x
		sq += x * x
	}
	fmt.Println("Norm", sum, sq)
	fmt.Printf("Norm mean %.2f sd %.3f\n", sum/n, math.Sqrt(sq/n))

	sum = 0
	for i := 0; i < n; i++ {
		x := r.ExpFloat64()
		sum += x
	}
	fmt.Println("Exp", sum)
	fmt.Printf("Exp mean %.3f\n", sum/n)
}
