package main

// Monte Carlo estimates split over 8 goroutines, each with its own
// generator (a xoshiro256** struct seeded by splitmix64 from the
// worker index, so results do not depend on scheduling): pi from points
// in the unit circle, the integral of exp(-x*x) on [0,1], and the mean
// of a random walk's maximum. Workers send partial sums as structs on
// a buffered channel; the collector stores them by worker index and
// reduces in index order, so the float sums are deterministic.

import (
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
)

type xoshiro struct{ s [4]uint64 }

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func newXoshiro(seed uint64) *xoshiro {
	g := &xoshiro{}
	for i := range g.s {
		g.s[i] = splitmix(&seed)
	}
	return g
}

func (g *xoshiro) next() uint64 {
	s := &g.s
	result := bits.RotateLeft64(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = bits.RotateLeft64(s[3], 45)
	return result
}

func (g *xoshiro) float() float64 {
	return float64(g.next()>>11) / (1 << 53)
}

type partial struct {
	worker  int
	inside  int64
	gauss   float64
	walkMax int64
}

func work(id, samples int, out chan<- partial) {
	g := newXoshiro(uint64(id) + 1)
	p := partial{worker: id}
	for i := 0; i < samples; i++ {
		x, y := g.float(), g.float()
		if x*x+y*y <= 1 {
			p.inside++
		}
		p.gauss += math.Exp(-x * x)
	}
	for w := 0; w < samples/1000; w++ {
		pos, max := int64(0), int64(0)
		for step := 0; step < 1000; step++ {
			if g.next()&1 == 0 {
				pos++
			} else {
				pos--
			}
			if pos > max {
				max = pos
			}
		}
		p.walkMax += max
	}
	out <- p
}

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 8
	out := make(chan partial, workers)
	for w := 0; w < workers; w++ {
		go work(w, n, out)
	}
	parts := make([]partial, workers)
	for i := 0; i < workers; i++ {
		p := <-out
		parts[p.worker] = p
	}
	var inside, walks int64
	var gauss float64
	for _, p := range parts {
		inside += p.inside
		gauss += p.gauss
		walks += p.walkMax
	}
	total := float64(n * workers)
	fmt.Printf("pi ~ %.6f\n", 4*float64(inside)/total)
	fmt.Printf("int exp(-x^2) ~ %.6f\n", gauss/total)
	fmt.Printf("mean walk max ~ %.4f\n", float64(walks)/float64(workers*(n/1000)))
	fmt.Println("inside", inside, "walk sum", walks, "gauss sum", strconv.FormatFloat(gauss, 'g', -1, 64))
}
