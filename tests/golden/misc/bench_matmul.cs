package main

import "fmt"

type Matrix [][]float64

func newMatrix(n int, f func(i, j int) float64) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n := len(a)
	c := newMatrix(n, func(i, j int) float64 { return 0 })
	for i := 0; i < n; i++ {
		ci := c[i]
		for k := 0; k < n; k++ {
			aik := a[i][k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func main() {
	n := 200
	a := newMatrix(n, func(i, j int) float64 { return float64(i*n+j) / float64(n*n) })
	b := newMatrix(n, func(i, j int) float64 { return float64(i-j) / float64(n) })
	c := a.Mul(b)
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += c[i][i]
	}
	fmt.Printf("%.6f %.6f %.6f\n", tr, c[0][n-1], c[n-1][0])
	// integer matrix with parallel rows
	ia := make([][]int, n)
	for i := range ia {
		ia[i] = make([]int, n)
		for j := range ia[i] {
			ia[i][j] = (i*31 + j*17) % 10
		}
	}
	res := make([][]int, n)
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func(i int) {
			row := make([]int, n)
			for k := 0; k < n; k++ {
				for j := 0; j < n; j++ {
					row[j] += ia[i][k] * ia[k][j]
				}
			}
			res[i] = row
			done <- true
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
	s := 0
	for i := range res {
		for _, v := range res[i] {
			s += v
		}
	}
	fmt.Println(s)
}
