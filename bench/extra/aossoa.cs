// aossoa: the same particle update written as an array of structs
// ([]particle, updated through &ps[i] and by value copy-modify-store)
// and as a struct of arrays (seven []float64 fields); a 2-D grid as
// [][]float64 and as a flat slice with computed indices; 4x4 matrices
// held in [4][4]float64 values passed and returned by value, and a
// 96-byte struct passed by value through a chain of small functions.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type particle struct {
	x, y, z, vx, vy, vz, mass float64
}

type particles struct {
	x, y, z, vx, vy, vz, mass []float64
}

type mat4 [4][4]float64

type record struct {
	id       int
	name     [4]byte
	pos, vel [3]float64
	score    float64
	tags     [2]int32
	flags    uint64
	weight   float64
}

func stepAoS(ps []particle, dt float64) {
	for i := range ps {
		p := &ps[i]
		p.vx -= p.x * dt / p.mass
		p.vy -= p.y * dt / p.mass
		p.vz -= p.z * dt / p.mass
		p.x += p.vx * dt
		p.y += p.vy * dt
		p.z += p.vz * dt
	}
}

func stepAoSCopy(ps []particle, dt float64) {
	for i, p := range ps {
		p.vx -= p.x * dt / p.mass
		p.vy -= p.y * dt / p.mass
		p.vz -= p.z * dt / p.mass
		p.x += p.vx * dt
		p.y += p.vy * dt
		p.z += p.vz * dt
		ps[i] = p
	}
}

func stepSoA(s *particles, dt float64) {
	for i := range s.x {
		s.vx[i] -= s.x[i] * dt / s.mass[i]
		s.vy[i] -= s.y[i] * dt / s.mass[i]
		s.vz[i] -= s.z[i] * dt / s.mass[i]
		s.x[i] += s.vx[i] * dt
		s.y[i] += s.vy[i] * dt
		s.z[i] += s.vz[i] * dt
	}
}

func energyAoS(ps []particle) float64 {
	e := 0.0
	for _, p := range ps {
		e += p.mass*(p.vx*p.vx+p.vy*p.vy+p.vz*p.vz) + p.x*p.x + p.y*p.y + p.z*p.z
	}
	return e
}

func energySoA(s *particles) float64 {
	e := 0.0
	for i := range s.x {
		e += s.mass[i]*(s.vx[i]*s.vx[i]+s.vy[i]*s.vy[i]+s.vz[i]*s.vz[i]) + s.x[i]*s.x[i] + s.y[i]*s.y[i] + s.z[i]*s.z[i]
	}
	return e
}

func mul(a, b mat4) mat4 {
	var c mat4
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			s := 0.0
			for k := 0; k < 4; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func bump(r record, d float64) record {
	r.pos[0] += r.vel[0] * d
	r.pos[1] += r.vel[1] * d
	r.pos[2] += r.vel[2] * d
	r.score += d
	r.flags = r.flags*31 + uint64(r.id)
	return r
}

func rate(r record) float64 { return r.score*r.weight + r.pos[0] - r.pos[2] }

func main() {
	steps := 500
	if len(os.Args) > 1 {
		steps, _ = strconv.Atoi(os.Args[1])
	}
	const n = 20000
	ps := make([]particle, n)
	ps2 := make([]particle, n)
	soa := &particles{}
	for i := 0; i < n; i++ {
		p := particle{float64(i%97) - 48, float64(i%89) - 44, float64(i%83) - 41, 0, 1, 0, 1 + float64(i%5)}
		ps[i], ps2[i] = p, p
		soa.x = append(soa.x, p.x)
		soa.y = append(soa.y, p.y)
		soa.z = append(soa.z, p.z)
		soa.vx = append(soa.vx, p.vx)
		soa.vy = append(soa.vy, p.vy)
		soa.vz = append(soa.vz, p.vz)
		soa.mass = append(soa.mass, p.mass)
	}
	for s := 0; s < steps; s++ {
		stepAoS(ps, 0.01)
		stepAoSCopy(ps2, 0.01)
		stepSoA(soa, 0.01)
	}
	fmt.Printf("energy aos %.6f copy %.6f soa %.6f\n", energyAoS(ps), energyAoS(ps2), energySoA(soa))

	const w, h = 300, 200
	rows := make([][]float64, h)
	flat := make([]float64, w*h)
	for y := range rows {
		rows[y] = make([]float64, w)
		for x := range rows[y] {
			rows[y][x] = float64((x*7 + y*13) % 31)
			flat[y*w+x] = rows[y][x]
		}
	}
	for s := 0; s < steps/3; s++ {
		for y := 1; y < h-1; y++ {
			for x := 1; x < w-1; x++ {
				rows[y][x] = (rows[y-1][x] + rows[y+1][x] + rows[y][x-1] + rows[y][x+1]) * 0.25
				flat[y*w+x] = (flat[(y-1)*w+x] + flat[(y+1)*w+x] + flat[y*w+x-1] + flat[y*w+x+1]) * 0.25
			}
		}
	}
	diff := 0.0
	for y := range rows {
		for x := range rows[y] {
			diff += rows[y][x] - flat[y*w+x]
		}
	}
	fmt.Printf("grid %.6f diff %.6f\n", rows[h/2][w/2], diff)

	m := mat4{{1, 0.01, 0, 0}, {0, 1, 0.01, 0}, {0, 0, 1, 0.01}, {0.01, 0, 0, 1}}
	acc := mat4{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}
	for i := 0; i < steps*2000; i++ {
		acc = mul(acc, m)
		if i%64 == 63 {
			d := acc[0][0]
			for r := range acc {
				for c := range acc[r] {
					acc[r][c] /= d
				}
			}
		}
	}
	fmt.Printf("mat %.9e %.9e\n", acc[0][1], acc[2][3])

	recs := make([]record, 1000)
	for i := range recs {
		recs[i] = record{id: i, name: [4]byte{'r', byte('a' + i%26), 0, 0}, vel: [3]float64{1, float64(i % 3), -1}, weight: float64(i%10) / 10}
	}
	total := 0.0
	for s := 0; s < steps*4; s++ {
		for i, r := range recs {
			r = bump(r, 0.5)
			total += rate(r)
			recs[i] = r
		}
	}
	fmt.Printf("records %.3f flags %d\n", total, recs[999].flags%1000003)
}
