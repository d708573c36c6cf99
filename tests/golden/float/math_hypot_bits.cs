// math.Hypot agrees with Go on amd64 bit for bit, special cases included.
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func main() {
	fmt.Println(math.Hypot(3, 4), Point{1, 2}.Dist(Point{4.5, -1.25}), math.Hypot(0.1, 0.2))
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range [][2]float64{{0, 0}, {-3, 0}, {inf, nan}, {nan, -inf}, {nan, 1}, {1e308, 1e308},
		{1e-320, 1e-320}, {-5, 12}, {1, 1}} {
		fmt.Println(c[0], c[1], math.Hypot(c[0], c[1]))
	}
	h := uint64(0)
	for i := 0; i < 200000; i++ {
		x := float64(i)*0.0137 - 1000
		h = h*31 + math.Float64bits(math.Hypot(x, 3.7-x/3))
	}
	fmt.Printf("%x\n", h)
}
