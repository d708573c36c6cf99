// fft: iterative radix-2 Cooley-Tukey FFT on separate real and imaginary
// []float64 slices (the language has no complex numbers): bit-reversal
// permutation, precomputed twiddles, forward and inverse transforms.
// Used to multiply two big decimal numbers digit by digit (convolution,
// rounding, carry) and checked against schoolbook multiplication on a
// small pair.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type fftPlan struct {
	n      int
	rev    []int
	cosTab []float64
	sinTab []float64
}

func newPlan(n int) *fftPlan {
	p := &fftPlan{n: n, rev: make([]int, n), cosTab: make([]float64, n/2), sinTab: make([]float64, n/2)}
	bits := 0
	for 1<<bits < n {
		bits++
	}
	for i := 0; i < n; i++ {
		r := 0
		for b := 0; b < bits; b++ {
			if i&(1<<b) != 0 {
				r |= 1 << (bits - 1 - b)
			}
		}
		p.rev[i] = r
	}
	for i := 0; i < n/2; i++ {
		a := -2 * math.Pi * float64(i) / float64(n)
		p.cosTab[i] = math.Cos(a)
		p.sinTab[i] = math.Sin(a)
	}
	return p
}

func (p *fftPlan) transform(re, im []float64, inverse bool) {
	n := p.n
	for i := 0; i < n; i++ {
		if j := p.rev[i]; i < j {
			re[i], re[j] = re[j], re[i]
			im[i], im[j] = im[j], im[i]
		}
	}
	for size := 2; size <= n; size <<= 1 {
		half := size / 2
		step := n / size
		for start := 0; start < n; start += size {
			for k := 0; k < half; k++ {
				wr := p.cosTab[k*step]
				wi := p.sinTab[k*step]
				if inverse {
					wi = -wi
				}
				a, b := start+k, start+k+half
				tr := re[b]*wr - im[b]*wi
				ti := re[b]*wi + im[b]*wr
				re[b] = re[a] - tr
				im[b] = im[a] - ti
				re[a] += tr
				im[a] += ti
			}
		}
	}
	if inverse {
		for i := 0; i < n; i++ {
			re[i] /= float64(n)
			im[i] /= float64(n)
		}
	}
}

// multiply returns the decimal digits (least significant first) of a*b.
func multiply(a, b []int) []int {
	n := 1
	for n < len(a)+len(b) {
		n <<= 1
	}
	p := newPlan(n)
	ar, ai := make([]float64, n), make([]float64, n)
	br, bi := make([]float64, n), make([]float64, n)
	for i, d := range a {
		ar[i] = float64(d)
	}
	for i, d := range b {
		br[i] = float64(d)
	}
	p.transform(ar, ai, false)
	p.transform(br, bi, false)
	for i := 0; i < n; i++ {
		r := ar[i]*br[i] - ai[i]*bi[i]
		ai[i] = ar[i]*bi[i] + ai[i]*br[i]
		ar[i] = r
	}
	p.transform(ar, ai, true)
	out := make([]int, n+1)
	carry := 0
	for i := 0; i < n; i++ {
		v := int(math.Floor(ar[i]+0.5)) + carry
		out[i] = v % 10
		carry = v / 10
	}
	out[n] = carry
	for len(out) > 1 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func schoolbook(a, b []int) []int {
	out := make([]int, len(a)+len(b))
	for i, x := range a {
		for j, y := range b {
			out[i+j] += x * y
		}
	}
	for i := 0; i+1 < len(out); i++ {
		out[i+1] += out[i] / 10
		out[i] %= 10
	}
	for len(out) > 1 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func digits(n int, seed uint32) []int {
	d := make([]int, n)
	for i := range d {
		seed = seed*1103515245 + 12345
		d[i] = int(seed>>16) % 10
	}
	d[n-1] = 1 + d[n-1]%9
	return d
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	small := equal(multiply(digits(500, 1), digits(400, 2)), schoolbook(digits(500, 1), digits(400, 2)))
	sum, lens := 0, 0
	for r := 0; r < 4; r++ {
		p := multiply(digits(n, uint32(3+r)), digits(n-r*1000, uint32(9+r)))
		lens += len(p)
		for i, d := range p {
			sum += d * (i%7 + 1)
		}
	}
	fmt.Println(small, lens, sum)
}
