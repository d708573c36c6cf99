package main

// Matrix multiply on a struct holding a flat []float64, through At/Set
// methods and a row-slice inner loop; then a transpose and a trace.

import (
	"fmt"
	"os"
	"strconv"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }
func (m *Matrix) Row(i int) []float64     { return m.data[i*m.cols : (i+1)*m.cols] }

func (m *Matrix) T() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

// Mul multiplies with b transposed so both inner operands are rows.
func (m *Matrix) Mul(b *Matrix) *Matrix {
	bt := b.T()
	r := New(m.rows, b.cols)
	for i := 0; i < m.rows; i++ {
		mi := m.Row(i)
		for j := 0; j < b.cols; j++ {
			bj := bt.Row(j)
			s := 0.0
			for k := range mi {
				s += mi[k] * bj[k]
			}
			r.Set(i, j, s)
		}
	}
	return r
}

// MulAt is the naive triple loop through At.
func (m *Matrix) MulAt(b *Matrix) *Matrix {
	r := New(m.rows, b.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < b.cols; j++ {
			s := 0.0
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * b.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

func main() {
	n := 400
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a, b := New(n, n), New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a.Set(i, j, float64((i*j)%7)-3)
			b.Set(i, j, float64((i+2*j)%5)/4)
		}
	}
	c := a.Mul(b)
	d := a.MulAt(b)
	e := c.Mul(a)
	tr, diff := 0.0, 0.0
	for i := 0; i < n; i++ {
		tr += e.At(i, i)
		for j := 0; j < n; j++ {
			x := c.At(i, j) - d.At(i, j)
			if x < 0 {
				x = -x
			}
			diff += x
		}
	}
	fmt.Printf("%.3f %.3f %.3f\n", tr, c.At(n-1, n/2), diff)
}
