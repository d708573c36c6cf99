package main

// Float math through the math package: Simpson integration of
// sin/exp/log expressions, Newton iterations with Pow and Sqrt,
// Gaussian elimination with partial pivoting on a Hilbert-like
// matrix, and a table of Atan2/Hypot over a grid. Results are printed
// rounded so that last-bit differences do not show.

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

func solve(n int) []float64 {
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n+1)
		for j := 0; j < n; j++ {
			a[i][j] = 1 / float64(i+j+1)
			if i == j {
				a[i][j] += 1
			}
		}
		a[i][n] = math.Cos(float64(i))
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			row, piv := a[r], a[c]
			for k := c; k <= n; k++ {
				row[k] -= f * piv[k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := a[i][n]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x
}

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	i1 := simpson(math.Sin, 0, math.Pi, n)
	i2 := simpson(func(x float64) float64 { return math.Exp(-x*x) * math.Log(1+x) }, 0, 3, n)
	i3 := simpson(func(x float64) float64 { return math.Sqrt(1-x*x) }, -1, 1, n)
	fmt.Printf("integrals %.9f %.9f %.6f\n", i1, i2, i3)

	roots := 0.0
	for k := 1; k <= n/20; k++ {
		c := float64(k)
		x := c
		for it := 0; it < 6; it++ {
			x = x - (math.Pow(x, 3)-c)/(3*x*x)
		}
		roots += x - math.Cbrt(c)
	}
	fmt.Printf("newton residual %.3e\n", math.Abs(roots))

	x := solve(300)
	s := 0.0
	for _, v := range x {
		s += v
	}
	fmt.Printf("solve sum %.9f x0 %.9f\n", s, x[0])

	g := 0.0
	for i := -300; i <= 300; i++ {
		for j := -300; j <= 300; j++ {
			g += math.Atan2(float64(i), float64(j)) * math.Hypot(float64(i), float64(j))
			g += math.Floor(float64(i)/7) + math.Mod(float64(j), 3.5)
		}
	}
	fmt.Printf("grid %.4f\n", g)
}
