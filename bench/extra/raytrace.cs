package main

// A small ray tracer: Vec value type with value-receiver methods, a
// scene of spheres and planes behind a Hittable interface, diffuse and
// specular shading with shadow rays and two reflection bounces, and a
// deterministic jittered supersampling pattern. The image is reduced to a
// histogram of 8-bit luminance and a checksum. Prints both.

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Sub(b Vec) Vec       { return Vec{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec) Mul(s float64) Vec   { return Vec{a.X * s, a.Y * s, a.Z * s} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Len() float64        { return math.Sqrt(a.Dot(a)) }
func (a Vec) Norm() Vec           { return a.Mul(1 / a.Len()) }
func (a Vec) Hadamard(b Vec) Vec  { return Vec{a.X * b.X, a.Y * b.Y, a.Z * b.Z} }
func (a Vec) Reflect(n Vec) Vec   { return a.Sub(n.Mul(2 * a.Dot(n))) }

type Ray struct{ Orig, Dir Vec }

type Hit struct {
	T      float64
	Point  Vec
	Normal Vec
	Color  Vec
	Shine  float64
}

type Hittable interface {
	Intersect(r Ray, tmax float64) (Hit, bool)
}

type Sphere struct {
	Center Vec
	Radius float64
	Color  Vec
	Shine  float64
}

func (s *Sphere) Intersect(r Ray, tmax float64) (Hit, bool) {
	oc := r.Orig.Sub(s.Center)
	b := oc.Dot(r.Dir)
	c := oc.Dot(oc) - s.Radius*s.Radius
	disc := b*b - c
	if disc < 0 {
		return Hit{}, false
	}
	sq := math.Sqrt(disc)
	t := -b - sq
	if t < 1e-4 {
		t = -b + sq
	}
	if t < 1e-4 || t > tmax {
		return Hit{}, false
	}
	p := r.Orig.Add(r.Dir.Mul(t))
	return Hit{t, p, p.Sub(s.Center).Mul(1 / s.Radius), s.Color, s.Shine}, true
}

type Plane struct {
	Normal Vec
	D      float64
}

func (pl Plane) Intersect(r Ray, tmax float64) (Hit, bool) {
	den := pl.Normal.Dot(r.Dir)
	if math.Abs(den) < 1e-9 {
		return Hit{}, false
	}
	t := -(pl.Normal.Dot(r.Orig) + pl.D) / den
	if t < 1e-4 || t > tmax {
		return Hit{}, false
	}
	p := r.Orig.Add(r.Dir.Mul(t))
	col := Vec{0.9, 0.9, 0.9}
	if (int(math.Floor(p.X))+int(math.Floor(p.Z)))&1 == 1 {
		col = Vec{0.2, 0.2, 0.25}
	}
	return Hit{t, p, pl.Normal, col, 0.1}, true
}

type Scene struct {
	objects []Hittable
	light   Vec
}

func (sc *Scene) closest(r Ray) (Hit, bool) {
	best := Hit{T: math.Inf(1)}
	found := false
	for _, o := range sc.objects {
		if h, ok := o.Intersect(r, best.T); ok {
			best, found = h, true
		}
	}
	return best, found
}

func (sc *Scene) trace(r Ray, depth int) Vec {
	h, ok := sc.closest(r)
	if !ok {
		t := 0.5 * (r.Dir.Y + 1)
		return Vec{1, 1, 1}.Mul(1 - t).Add(Vec{0.5, 0.7, 1.0}.Mul(t))
	}
	toLight := sc.light.Sub(h.Point)
	dist := toLight.Len()
	l := toLight.Mul(1 / dist)
	diffuse := math.Max(0, h.Normal.Dot(l))
	if sh, ok := sc.closest(Ray{h.Point, l}); ok && sh.T < dist {
		diffuse *= 0.2
	}
	spec := math.Pow(math.Max(0, r.Dir.Reflect(h.Normal).Dot(l)), 32)
	col := h.Color.Mul(0.1 + 0.9*diffuse).Add(Vec{1, 1, 1}.Mul(spec * h.Shine))
	if depth > 0 && h.Shine > 0.2 {
		refl := sc.trace(Ray{h.Point, r.Dir.Reflect(h.Normal).Norm()}, depth-1)
		col = col.Mul(1 - h.Shine).Add(refl.Hadamard(h.Color).Mul(h.Shine))
	}
	return col
}

func main() {
	size := 640
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	sc := &Scene{light: Vec{5, 10, -3}}
	sc.objects = append(sc.objects, Plane{Vec{0, 1, 0}, 1})
	for i := 0; i < 8; i++ {
		a := float64(i) * math.Pi / 4
		sc.objects = append(sc.objects, &Sphere{
			Center: Vec{2.5 * math.Cos(a), -0.3 + 0.1*float64(i%3), 6 + 2.5*math.Sin(a)},
			Radius: 0.7,
			Color:  Vec{0.3 + 0.1*float64(i%4), 0.5, 0.9 - 0.1*float64(i%5)},
			Shine:  0.1 * float64(i%6),
		})
	}
	sc.objects = append(sc.objects, &Sphere{Vec{0, 0.5, 6}, 1.2, Vec{0.95, 0.95, 0.95}, 0.7})
	eye := Vec{0, 1, -2}
	jitter := [4][2]float64{{0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}}
	var hist [8]int
	var sum uint64
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var c Vec
			for _, j := range jitter {
				u := (float64(x)+j[0])/float64(size)*2 - 1
				v := 1 - (float64(y)+j[1])/float64(size)*2
				dir := Vec{u, v - 0.2, 1.5}.Norm()
				c = c.Add(sc.trace(Ray{eye, dir}, 2))
			}
			c = c.Mul(0.25)
			lum := 0.2126*c.X + 0.7152*c.Y + 0.0722*c.Z
			b := int(math.Min(255, math.Max(0, lum*255)))
			hist[b/32]++
			sum = sum*31 + uint64(b)
		}
	}
	fmt.Println("histogram", hist)
	fmt.Println("checksum", sum)
}
