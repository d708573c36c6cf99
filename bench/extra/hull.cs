// hull: computational geometry on float64 points: Andrew's monotone
// chain convex hull (sort.Slice by x then y, cross products), the hull's
// area by the shoelace formula and perimeter by math.Hypot, point-in-
// convex-polygon tests by binary search over the fan, and the closest
// pair by divide and conquer checked against brute force on a sample.
package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
)

type pt struct{ x, y float64 }

func cross(o, a, b pt) float64 { return (a.x-o.x)*(b.y-o.y) - (a.y-o.y)*(b.x-o.x) }

func hull(ps []pt) []pt {
	s := append([]pt(nil), ps...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].x != s[j].x {
			return s[i].x < s[j].x
		}
		return s[i].y < s[j].y
	})
	h := make([]pt, 0, 2*len(s))
	for _, p := range s {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(s) - 2; i >= 0; i-- {
		p := s[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

func area(h []pt) (float64, float64) {
	a, per := 0.0, 0.0
	for i := range h {
		j := (i + 1) % len(h)
		a += h[i].x*h[j].y - h[j].x*h[i].y
		per += math.Hypot(h[j].x-h[i].x, h[j].y-h[i].y)
	}
	return math.Abs(a) / 2, per
}

// inside reports whether p is strictly inside the counter-clockwise hull h.
func inside(h []pt, p pt) bool {
	n := len(h)
	if cross(h[0], h[1], p) <= 0 || cross(h[0], h[n-1], p) >= 0 {
		return false
	}
	lo, hi := 1, n-1
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if cross(h[0], h[mid], p) > 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return cross(h[lo], h[lo+1], p) > 0
}

func dist(a, b pt) float64 { return math.Sqrt((a.x-b.x)*(a.x-b.x) + (a.y-b.y)*(a.y-b.y)) }

func closest(byX []pt) float64 {
	if len(byX) <= 3 {
		best := math.Inf(1)
		for i := range byX {
			for j := i + 1; j < len(byX); j++ {
				best = math.Min(best, dist(byX[i], byX[j]))
			}
		}
		return best
	}
	mid := len(byX) / 2
	midX := byX[mid].x
	d := math.Min(closest(byX[:mid]), closest(byX[mid:]))
	var strip []pt
	for _, p := range byX {
		if math.Abs(p.x-midX) < d {
			strip = append(strip, p)
		}
	}
	sort.Slice(strip, func(i, j int) bool { return strip[i].y < strip[j].y })
	for i := range strip {
		for j := i + 1; j < len(strip) && strip[j].y-strip[i].y < d; j++ {
			d = math.Min(d, dist(strip[i], strip[j]))
		}
	}
	return d
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint64(88172645463325252)
	rnd := func() float64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return float64(seed>>11) / (1 << 53)
	}
	for round := 0; round < 3; round++ {
		ps := make([]pt, n)
		for i := range ps {
			r, t := math.Sqrt(rnd())*1000, rnd()*2*math.Pi
			ps[i] = pt{r * math.Cos(t), r * math.Sin(t) * float64(round+1) / 2}
		}
		h := hull(ps)
		a, per := area(h)
		in := 0
		for i := 0; i < n; i++ {
			if inside(h, pt{rnd()*2200 - 1100, rnd()*2200 - 1100}) {
				in++
			}
		}
		byX := append([]pt(nil), ps...)
		sort.Slice(byX, func(i, j int) bool { return byX[i].x < byX[j].x })
		d := closest(byX)
		sample := ps[:2000]
		brute := math.Inf(1)
		for i := range sample {
			for j := i + 1; j < len(sample); j++ {
				brute = math.Min(brute, dist(sample[i], sample[j]))
			}
		}
		fmt.Printf("round %d: hull %d area %.3f perimeter %.3f inside %d closest %.6f (<= sample %v)\n",
			round, len(h), a, per, in, d, d <= brute)
	}
}
