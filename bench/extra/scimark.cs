// scimark: four SciMark 2.0 kernels (FFT is in fft.cs). Jacobi successive
// over-relaxation on a [][]float64 grid, sparse matrix-vector products
// in compressed-row form, LU factorisation with partial pivoting (row
// swaps by exchanging row slices) followed by a solve, and Monte Carlo
// estimation of pi with SciMark's subtractive random generator kept in
// a struct. The argument scales the number of cycles of each kernel.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// random is SciMark's lagged subtractive generator (Knuth's ran3 family).
type random struct {
	m    [17]int
	i, j int
}

const mdig = 32
const m1 = (1 << (mdig - 2)) + ((1 << (mdig - 2)) - 1)
const m2 = 1 << (mdig / 2)

func newRandom(seed int) *random {
	r := &random{i: 4, j: 16}
	jseed := seed
	if jseed > m1 {
		jseed = m1
	}
	if jseed%2 == 0 {
		jseed--
	}
	k0 := 9069 % m2
	k1 := 9069 / m2
	j0 := jseed % m2
	j1 := jseed / m2
	for i := 0; i < 17; i++ {
		jseed = j0 * k0
		j1 = (jseed/m2 + j0*k1 + j1*k0) % (m2 / 2)
		j0 = jseed % m2
		r.m[i] = j0 + m2*j1
	}
	return r
}

func (r *random) next() float64 {
	k := r.m[r.i] - r.m[r.j]
	if k < 0 {
		k += m1
	}
	r.m[r.j] = k
	if r.i == 0 {
		r.i = 16
	} else {
		r.i--
	}
	if r.j == 0 {
		r.j = 16
	} else {
		r.j--
	}
	return float64(k) / float64(m1)
}

func randomMatrix(m, n int, r *random) [][]float64 {
	a := make([][]float64, m)
	for i := range a {
		a[i] = make([]float64, n)
		for j := range a[i] {
			a[i][j] = r.next()
		}
	}
	return a
}

func sor(omega float64, g [][]float64, cycles int) {
	m, n := len(g), len(g[0])
	f4 := omega * 0.25
	rest := 1 - omega
	for c := 0; c < cycles; c++ {
		for i := 1; i < m-1; i++ {
			prev, cur, next := g[i-1], g[i], g[i+1]
			for j := 1; j < n-1; j++ {
				cur[j] = f4*(prev[j]+next[j]+cur[j-1]+cur[j+1]) + rest*cur[j]
			}
		}
	}
}

func sparseMul(y, val []float64, row, col []int, x []float64, cycles int) {
	for c := 0; c < cycles; c++ {
		for r := 0; r+1 < len(row); r++ {
			sum := 0.0
			for i := row[r]; i < row[r+1]; i++ {
				sum += x[col[i]] * val[i]
			}
			y[r] = sum
		}
	}
}

func luFactor(a [][]float64, pivot []int) int {
	n := len(a)
	for j := 0; j < n; j++ {
		jp := j
		best := math.Abs(a[j][j])
		for i := j + 1; i < n; i++ {
			if v := math.Abs(a[i][j]); v > best {
				jp, best = i, v
			}
		}
		pivot[j] = jp
		if a[jp][j] == 0 {
			return 1
		}
		if jp != j {
			a[j], a[jp] = a[jp], a[j]
		}
		if j < n-1 {
			recp := 1 / a[j][j]
			for k := j + 1; k < n; k++ {
				a[k][j] *= recp
			}
		}
		for ii := j + 1; ii < n; ii++ {
			rowI, rowJ := a[ii], a[j]
			t := rowI[j]
			for jj := j + 1; jj < n; jj++ {
				rowI[jj] -= t * rowJ[jj]
			}
		}
	}
	return 0
}

func luSolve(lu [][]float64, pivot []int, b []float64) {
	n := len(lu)
	ii := 0
	for i := 0; i < n; i++ {
		ip := pivot[i]
		sum := b[ip]
		b[ip] = b[i]
		if ii == 0 {
			for j := ii; j < i; j++ {
				sum -= lu[i][j] * b[j]
			}
		} else if sum == 0 {
			ii = i
		}
		b[i] = sum
	}
	for i := n - 1; i >= 0; i-- {
		sum := b[i]
		for j := i + 1; j < n; j++ {
			sum -= lu[i][j] * b[j]
		}
		b[i] = sum / lu[i][i]
	}
}

func monteCarlo(samples int) float64 {
	r := newRandom(113)
	under := 0
	for i := 0; i < samples; i++ {
		x, y := r.next(), r.next()
		if x*x+y*y <= 1 {
			under++
		}
	}
	return float64(under) / float64(samples) * 4
}

func main() {
	scale := 120
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	r := newRandom(101010)

	g := randomMatrix(100, 100, r)
	sor(1.25, g, 30*scale)
	s := 0.0
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	fmt.Printf("sor: %.10f\n", s)

	const n, nz = 1000, 5000
	rowLen := nz / n
	row := make([]int, n+1)
	col := make([]int, nz)
	val := make([]float64, nz)
	for r0 := 0; r0 < n; r0++ {
		row[r0+1] = row[r0] + rowLen
		step := r0 / rowLen
		if step < 1 {
			step = 1
		}
		for i := 0; i < rowLen; i++ {
			col[row[r0]+i] = i * step
			val[row[r0]+i] = r.next()
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = r.next()
	}
	y := make([]float64, n)
	sparseMul(y, val, row, col, x, 300*scale)
	s = 0
	for _, v := range y {
		s += v
	}
	fmt.Printf("sparse: %.10f\n", s)

	a := randomMatrix(100, 100, r)
	lu := make([][]float64, 100)
	pivot := make([]int, 100)
	b := make([]float64, 100)
	check := 0.0
	for c := 0; c < 4*scale; c++ {
		for i := range a {
			lu[i] = append(lu[i][:0], a[i]...)
		}
		luFactor(lu, pivot)
		for i := range b {
			b[i] = float64(i%7) + 1
		}
		luSolve(lu, pivot, b)
		check += b[c%100]
	}
	fmt.Printf("lu: %.10f\n", check)

	fmt.Printf("montecarlo: %.8f\n", monteCarlo(200000*scale))
}
