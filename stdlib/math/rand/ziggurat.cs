// NormFloat64 and ExpFloat64 by Marsaglia and Tsang's ziggurat method
// ("The Ziggurat Method for Generating Random Variables", 2000), drawing
// from the source exactly as Go 1.19 does.
//
// The density is covered by equal-area strips; a draw picks a strip and a
// point in it from one Uint32, and is accepted at once if the point lies
// inside the strip's inner rectangle (k* holds the ratio of the inner to
// the outer width, scaled to 2^31 or 2^32; w* scales the draw to x; f* is
// the density at each strip's edge). The tables are built at init by
// Marsaglia and Tsang's setup loop; built with the C library's exp, log and
// sqrt they equal Go's tables (kn, wn, fn, ke, we, fe in Go's normal.go and
// exp.go) entry for entry. Sampling uses goLog and goExp (log.cs), Go's
// own logarithm and exponential, so the tails and the rejection tests match
// Go bit for bit.
package rand

import "math"

const (
	rn = 3.442619855899      // where the normal's tail starts
	re = 7.69711747013104972 // where the exponential's tail starts
)

var (
	kn [128]uint32
	wn [128]float32
	fn [128]float32
	ke [256]uint32
	we [256]float32
	fe [256]float32
)

func init() {
	buildNormalTables()
	buildExpTables()
}

func buildNormalTables() {
	const m1 = 1 << 31
	const vn = 9.91256303526217e-3 // the area of each strip
	dn := 3.442619855899
	tn := dn
	q := vn / math.Exp(-0.5*dn*dn)
	kn[0] = uint32(dn / q * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1
	fn[127] = float32(math.Exp(-0.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-0.5*dn*dn)))
		kn[i+1] = uint32(dn / tn * m1)
		tn = dn
		fn[i] = float32(math.Exp(-0.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}
}

func buildExpTables() {
	const m2 = 1 << 32
	const ve = 3.949659822581572e-3 // the area of each strip
	de := 7.697117470131487
	te := de
	q := ve / math.Exp(-de)
	ke[0] = uint32(de / q * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32(de / te * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a standard normal float64 (mean 0, deviation 1).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // its sign is the result's
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x
		}
		if i == 0 {
			return normalTail(r, j > 0)
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(goExp(-0.5*x*x)) {
			return x
		}
	}
}

// normalTail samples the normal beyond rn (Marsaglia's 1964 method).
func normalTail(r *Rand, positive bool) float64 {
	for {
		x := -goLog(r.Float64()) * (1.0 / rn)
		y := -goLog(r.Float64())
		if y+y >= x*x {
			if positive {
				return rn + x
			}
			return -rn - x
		}
	}
}

// ExpFloat64 returns an exponential float64 with rate 1, in (0, +Inf].
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - goLog(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(goExp(-x)) {
			return x
		}
	}
}
