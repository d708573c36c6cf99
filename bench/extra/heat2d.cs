package main

// A float64 matrix as [][]float64 rows: 2-D heat diffusion (a 5-point
// stencil with two grids swapped each step), a transpose, and a row-by-
// column product of two smaller matrices; prints sums and a corner.

import (
	"fmt"
	"os"
	"strconv"
)

func newMatrix(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func step(dst, src [][]float64, k float64) {
	for i := 1; i < len(src)-1; i++ {
		up, row, down, out := src[i-1], src[i], src[i+1], dst[i]
		for j := 1; j < len(row)-1; j++ {
			out[j] = row[j] + k*(up[j]+down[j]+row[j-1]+row[j+1]-4*row[j])
		}
	}
}

func transpose(m [][]float64) [][]float64 {
	t := newMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func mul(a, b [][]float64) [][]float64 {
	bt := transpose(b)
	c := newMatrix(len(a), len(b[0]))
	for i, ar := range a {
		for j, bc := range bt {
			s := 0.0
			for k, v := range ar {
				s += v * bc[k]
			}
			c[i][j] = s
		}
	}
	return c
}

func sum(m [][]float64) float64 {
	s := 0.0
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func main() {
	n := 6000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const N = 256
	a, b := newMatrix(N, N), newMatrix(N, N)
	for i := N / 4; i < N/2; i++ {
		for j := N / 3; j < N/2; j++ {
			a[i][j] = 100
			b[i][j] = 100
		}
	}
	for t := 0; t < n; t++ {
		step(b, a, 0.2)
		a, b = b, a
	}
	m := newMatrix(160, 120)
	p := newMatrix(120, 140)
	for i := range m {
		for j := range m[i] {
			m[i][j] = float64((i*7+j*3)%11) / 10
		}
	}
	for i := range p {
		for j := range p[i] {
			p[i][j] = float64((i*5+j)%13) / 10
		}
	}
	c := mul(m, p)
	fmt.Printf("%.6f %.6f %.6f %.4f\n", sum(a), a[N/3][N/3], sum(c), c[159][139])
}
