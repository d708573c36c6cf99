package main

// k-means clustering of 2-D points (structs of float64) with a parallel
// assignment step: the points are split into chunks, one goroutine per
// chunk computes nearest centroids and partial sums into its own slot
// of a []partial, a WaitGroup joins them and the main goroutine reduces
// in chunk order (so the floating-point sums are the same every run).
// Prints iterations, final centroids and the within-cluster cost.

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"sync"
)

type point struct{ x, y float64 }

type partial struct {
	sx, sy []float64
	n      []int
	cost   float64
	moved  int
}

func (p point) dist2(q point) float64 {
	dx, dy := p.x-q.x, p.y-q.y
	return dx*dx + dy*dy
}

func assign(pts []point, labels []int, cents []point, out *partial) {
	k := len(cents)
	out.sx, out.sy, out.n = make([]float64, k), make([]float64, k), make([]int, k)
	out.cost, out.moved = 0, 0
	for i, p := range pts {
		best, bd := 0, math.Inf(1)
		for c, q := range cents {
			if d := p.dist2(q); d < bd {
				best, bd = c, d
			}
		}
		if labels[i] != best {
			labels[i] = best
			out.moved++
		}
		out.sx[best] += p.x
		out.sy[best] += p.y
		out.n[best]++
		out.cost += bd
	}
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const k = 12
	seed := uint64(7)
	rnd := func() float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return float64(seed>>11) / (1 << 53)
	}
	pts := make([]point, n)
	for i := range pts {
		cx, cy := float64(i%k)*10, float64(i%k*7%k)*10
		// Box-Muller for a normal blob around each true centre.
		r := math.Sqrt(-2*math.Log(rnd()+1e-12)) * 2.5
		a := 2 * math.Pi * rnd()
		pts[i] = point{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	cents := make([]point, k)
	for c := range cents {
		cents[c] = pts[c*n/k+c]
	}
	labels := make([]int, n)
	for i := range labels {
		labels[i] = -1
	}
	const chunks = 16 // fixed, so the reduction order does not depend on the machine
	parts := make([]partial, chunks)
	iter, cost := 0, 0.0
	for iter = 1; iter <= 40; iter++ {
		var wg sync.WaitGroup
		for c := 0; c < chunks; c++ {
			lo, hi := c*n/chunks, (c+1)*n/chunks
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				assign(pts[lo:hi], labels[lo:hi], cents, &parts[c])
			}(c)
		}
		wg.Wait()
		sx, sy, cnt := make([]float64, k), make([]float64, k), make([]int, k)
		moved := 0
		cost = 0
		for _, p := range parts {
			for c := 0; c < k; c++ {
				sx[c] += p.sx[c]
				sy[c] += p.sy[c]
				cnt[c] += p.n[c]
			}
			cost += p.cost
			moved += p.moved
		}
		for c := range cents {
			if cnt[c] > 0 {
				cents[c] = point{sx[c] / float64(cnt[c]), sy[c] / float64(cnt[c])}
			}
		}
		if moved == 0 {
			break
		}
	}
	sort.Slice(cents, func(i, j int) bool {
		if cents[i].x != cents[j].x {
			return cents[i].x < cents[j].x
		}
		return cents[i].y < cents[j].y
	})
	fmt.Println("iterations", iter)
	for _, c := range cents {
		fmt.Printf("(%.4f, %.4f) ", c.x, c.y)
	}
	fmt.Println()
	fmt.Printf("cost %.6e\n", cost)
}
