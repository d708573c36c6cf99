package main

// Small struct methods in hot loops: a Vec3 with value-receiver
// arithmetic (Add, Sub, Scale, Dot, Len2), a Particle with
// pointer-receiver Step/Bounce, and an array of particles advanced
// through a method on the containing System.

import (
	"fmt"
	"os"
	"strconv"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3       { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3       { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(k float64) Vec3  { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Dot(b Vec3) float64    { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Len2() float64         { return a.Dot(a) }
func (a *Vec3) Clamp(lo, hi float64) { a.X, a.Y, a.Z = clamp(a.X, lo, hi), clamp(a.Y, lo, hi), clamp(a.Z, lo, hi) }

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

type Particle struct {
	Pos, Vel Vec3
	Hits     int
}

func (p *Particle) Step(dt float64, g Vec3) {
	p.Vel = p.Vel.Add(g.Scale(dt))
	p.Pos = p.Pos.Add(p.Vel.Scale(dt))
}

func (p *Particle) Bounce(size float64) {
	if p.Pos.X < 0 || p.Pos.X > size {
		p.Vel.X = -p.Vel.X
		p.Hits++
	}
	if p.Pos.Y < 0 || p.Pos.Y > size {
		p.Vel.Y = -p.Vel.Y
		p.Hits++
	}
	if p.Pos.Z < 0 || p.Pos.Z > size {
		p.Vel.Z = -p.Vel.Z
		p.Hits++
	}
	p.Pos.Clamp(0, size)
}

type System struct {
	parts [256]Particle
	g     Vec3
}

func (s *System) Tick(dt float64) {
	for i := range s.parts {
		s.parts[i].Step(dt, s.g)
		s.parts[i].Bounce(100)
	}
}

func (s *System) Energy() float64 {
	e := 0.0
	for i := range s.parts {
		e += 0.5*s.parts[i].Vel.Len2() + s.parts[i].Pos.Dot(s.g.Scale(-1))
	}
	return e
}

func (s *System) Center() Vec3 {
	c := Vec3{}
	for _, p := range s.parts {
		c = c.Add(p.Pos)
	}
	return c.Scale(1.0 / float64(len(s.parts)))
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := &System{g: Vec3{0, -9.8, 0.5}}
	for i := range s.parts {
		f := float64(i)
		s.parts[i].Pos = Vec3{f * 0.37, 50 + f*0.11, f * 0.29}
		s.parts[i].Vel = Vec3{float64(i%7) - 3, float64(i%5) - 2, float64(i%3) - 1}
	}
	spread := 0.0
	for t := 0; t < n; t++ {
		s.Tick(0.01)
		if t%1000 == 0 {
			c := s.Center()
			spread += s.parts[0].Pos.Sub(c).Len2()
		}
	}
	hits := 0
	for _, p := range s.parts {
		hits += p.Hits
	}
	fmt.Printf("%d %.6e %.6e %v\n", hits, s.Energy(), spread, s.Center().X > 0)
}
