// checks: matrix multiplication with nested slices and float formatting
package main

import "fmt"

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n, m, p := len(a), len(b), len(b[0])
	c := make(Matrix, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, -1}, {1.5, 2}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Mul(identity(2)))
	p := a
	for i := 0; i < 5; i++ {
		p = p.Mul(a)
	}
	fmt.Printf("%.0f\n", p)
}
