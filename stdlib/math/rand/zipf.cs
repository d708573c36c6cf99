// Zipf: Zipf-distributed integers by rejection-inversion (Hörmann and
// Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions", 1996), drawing as Go 1.19 does.
//
// H is an integral of the hat function and Hinv its inverse; a draw maps
// a Float64 through Hinv and rounds, accepting at once when the rounding
// stays within s, else comparing against the exact probability. Large
// results magnify the last bits of H and Hinv, so they use goLog and goExp
// (log.cs), Go's own logarithm and exponential.
package rand

import "math"

// A Zipf generates values k in [0, imax] with P(k) proportional to
// (v + k) ** -s.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) h(x float64) float64 {
	return goExp(z.oneminusQ*goLog(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return goExp(z.oneminusQinv*goLog(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf drawing from r with parameters s > 1 and v >= 1,
// or nil if they are out of range.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - goExp(goLog(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-goExp(-z.q*goLog(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		ur := z.hxm + z.r.Float64()*z.hx0minusHxm
		x := z.hinv(ur)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || ur >= z.h(k+0.5)-goExp(-goLog(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
