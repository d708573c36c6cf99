// checks: strconv.FormatFloat and ParseFloat against Go 1.19 on 20000
// random float64 and float32 bit patterns, ratios and scaled integers,
// every power of two and of ten with both neighbours, and 20000 random
// decimal texts. Each category is folded into an FNV-1a hash (one line
// each) so that the expected output stays small; every 1000th value is
// also printed in full to show what differs.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

type hash struct {
	name string
	h    uint64
	n    int
}

func (h *hash) add(s string) {
	for i := 0; i < len(s); i++ {
		h.h ^= uint64(s[i])
		h.h *= 1099511628211
	}
	h.h ^= '|'
	h.h *= 1099511628211
	h.n++
}

var hashes []*hash

func newHash(name string) *hash {
	h := &hash{name, 14695981039346656037, 0}
	hashes = append(hashes, h)
	return h
}

var (
	g64   = newHash("g -1 64")
	e64   = newHash("e -1 64")
	f64   = newHash("f -1 64")
	fp64  = newHash("f prec 64")
	ep64  = newHash("e prec 64")
	gp64  = newHash("g prec 64")
	g32   = newHash("g -1 32")
	ep32  = newHash("e prec 32")
	edge  = newHash("edges")
	parse = newHash("parse")
)

func format(i int, f float64, f32 float32, p int) {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	s32 := strconv.FormatFloat(float64(f32), 'g', -1, 32)
	out := []string{s,
		strconv.FormatFloat(f, 'e', -1, 64),
		strconv.FormatFloat(f, 'f', -1, 64),
		strconv.FormatFloat(f, 'f', p%8, 64),
		strconv.FormatFloat(f, 'e', p, 64),
		strconv.FormatFloat(f, 'g', p, 64),
		s32,
		strconv.FormatFloat(float64(f32), 'e', p%10, 32)}
	for j, h := range []*hash{g64, e64, f64, fp64, ep64, gp64, g32, ep32} {
		h.add(out[j])
	}
	back, err := strconv.ParseFloat(s, 64)
	back32, err32 := strconv.ParseFloat(s32, 32)
	if back != f || err != nil || (float32(back32) != f32 && f32 == f32) || err32 != nil {
		fmt.Println("round trip fails:", s, s32)
	}
	if i%1000 == 0 {
		fmt.Println(s, out[1], out[3], out[4], out[5], s32, out[7])
	}
}

func edges() {
	var vals []float64
	for e := -1074; e <= 1023; e++ {
		vals = append(vals, math.Ldexp(1, e))
	}
	for k := -323; k <= 308; k++ {
		v, _ := strconv.ParseFloat("1e"+strconv.Itoa(k), 64)
		vals = append(vals, v)
	}
	vals = append(vals, math.MaxFloat64, 1.0/3, 0.1, 0.3, 1e23, 9007199254740993, 123456789012345680)
	for _, v := range vals {
		b := math.Float64bits(v)
		for d := uint64(0); d < 3; d++ {
			x := math.Float64frombits(b + d - 1)
			if b+d == 0 || math.IsInf(x, 0) {
				continue
			}
			edge.add(strconv.FormatFloat(x, 'g', -1, 64))
			edge.add(strconv.FormatFloat(x, 'e', 3, 64))
			edge.add(strconv.FormatFloat(x, 'f', 2, 64))
		}
	}
	for e := -149; e <= 127; e++ {
		b := math.Float32bits(float32(math.Ldexp(1, e)))
		for d := uint32(0); d < 3; d++ {
			x := math.Float32frombits(b + d - 1)
			if b+d == 0 || math.IsInf(float64(x), 0) {
				continue
			}
			edge.add(strconv.FormatFloat(float64(x), 'g', -1, 32))
			edge.add(strconv.FormatFloat(float64(x), 'e', 4, 32))
		}
	}
	fmt.Println(strconv.FormatFloat(5e-324, 'g', -1, 64), strconv.FormatFloat(math.MaxFloat64, 'e', -1, 64),
		strconv.FormatFloat(math.Ldexp(1, -149), 'g', -1, 32), strconv.FormatFloat(math.MaxFloat32, 'g', -1, 32))
}

func showParse(s string, print bool) {
	f, err := strconv.ParseFloat(s, 64)
	g, err32 := strconv.ParseFloat(s, 32)
	line := fmt.Sprint(s, " ", math.Float64bits(f), " ", err, " ", math.Float32bits(float32(g)), " ", err32)
	parse.add(line)
	if print {
		fmt.Println(line)
	}
}

func parses() {
	for _, s := range []string{"", ".", "+", "1.", ".5", "-.5e1", "1e", "1e+", "1e-5x", "1..2", "-0", "+0.000e99999",
		"1.7976931348623157e308", "1.7976931348623159e308", "-1e400", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-400", "9007199254740993", "2.2250738585072011e-308", "0x1p-2", "0x1.8p+3",
		"0X_1FFFP-16", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_0", "0x1.8", "0x1e3", "0x.p1", "0x1p",
		"inf", "-Inf", "+INF", "infinity", "-infinIty", "infinit", "nan", "NaN", "-nan", "+nan", "nan(1)", " 1", "1 ",
		"3.4028235e38", "3.4028236e38", "1e-46", "7e-46", "123456789012345678901234567890",
		"0.000000000000000000000000000000000000000000001"} {
		showParse(s, true)
	}
	for i := 0; i < 20000; i++ {
		r := next()
		nd := int(r%28) + 1
		var b []byte
		if r>>60 == 0 {
			b = append(b, '-')
		}
		dot := int(r>>8) % (nd + 2)
		for j := 0; j < nd; j++ {
			if j == dot {
				b = append(b, '.')
			}
			d := next() % 10
			if (r>>20)&3 == 0 && j > 3 {
				d = 0
				if j == nd-1 {
					d = 5
				}
			}
			b = append(b, byte('0'+d))
		}
		if (r>>30)&1 == 1 {
			b = append(b, 'e')
			b = append(b, strconv.Itoa(int(r>>32)%700-350)...)
		}
		showParse(string(b), i%2000 == 0)
	}
}

func main() {
	for i := 0; i < 20000; i++ {
		r := next()
		var f float64
		switch i % 4 {
		case 0, 1:
			f = math.Float64frombits(r)
		case 2:
			f = float64(int64(r>>40)) / float64(int64(r&0xFFFF)+1)
		case 3:
			f = math.Ldexp(float64(r>>11), int(r%2200)-1130)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		format(i, f, math.Float32frombits(uint32(r>>32)), int(r>>20)%21)
	}
	edges()
	parses()
	for _, h := range hashes {
		fmt.Printf("%-10s %5d %016x\n", h.name, h.n, h.h)
	}
}
