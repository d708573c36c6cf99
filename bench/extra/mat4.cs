package main

// 3-D graphics math in float32 as game engines write it: Mat4 is a
// [16]float32 array passed and returned by value, Vec3/Vec4/Quat are
// small structs with value-receiver methods; a scene of 4096 objects is
// animated for n frames (quaternion from axis-angle, normalised
// quaternion products, TRS matrix, parent-child matrix products, a
// view-projection, vertex transforms and a perspective divide); a
// 4x4 inverse by cofactors is checked against the identity. The check
// sums float32 results, so the exact float32 rounding has to match.

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Vec3 struct{ X, Y, Z float32 }
type Vec4 struct{ X, Y, Z, W float32 }
type Quat struct{ W, X, Y, Z float32 }
type Mat4 [16]float32

func (a Vec3) Add(b Vec3) Vec3        { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Scale(k float32) Vec3   { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Dot(b Vec3) float32     { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Normalize() Vec3        { return a.Scale(1 / float32(math.Sqrt(float64(a.Dot(a))))) }
func (a Vec3) Cross(b Vec3) Vec3      { return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X} }
func (a Vec3) Sub(b Vec3) Vec3        { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Extend(w float32) Vec4  { return Vec4{a.X, a.Y, a.Z, w} }

func axisAngle(axis Vec3, angle float32) Quat {
	s, c := math.Sincos(float64(angle) / 2)
	a := axis.Normalize().Scale(float32(s))
	return Quat{float32(c), a.X, a.Y, a.Z}
}

func (q Quat) Mul(r Quat) Quat {
	return Quat{
		q.W*r.W - q.X*r.X - q.Y*r.Y - q.Z*r.Z,
		q.W*r.X + q.X*r.W + q.Y*r.Z - q.Z*r.Y,
		q.W*r.Y - q.X*r.Z + q.Y*r.W + q.Z*r.X,
		q.W*r.Z + q.X*r.Y - q.Y*r.X + q.Z*r.W,
	}
}

func (q Quat) Normalize() Quat {
	inv := 1 / float32(math.Sqrt(float64(q.W*q.W+q.X*q.X+q.Y*q.Y+q.Z*q.Z)))
	return Quat{q.W * inv, q.X * inv, q.Y * inv, q.Z * inv}
}

func identity() Mat4 { return Mat4{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1} }

// trs builds translate * rotate * scale, column-major.
func trs(t Vec3, q Quat, s float32) Mat4 {
	xx, yy, zz := q.X*q.X, q.Y*q.Y, q.Z*q.Z
	xy, xz, yz := q.X*q.Y, q.X*q.Z, q.Y*q.Z
	wx, wy, wz := q.W*q.X, q.W*q.Y, q.W*q.Z
	return Mat4{
		(1 - 2*(yy+zz)) * s, 2 * (xy + wz) * s, 2 * (xz - wy) * s, 0,
		2 * (xy - wz) * s, (1 - 2*(xx+zz)) * s, 2 * (yz + wx) * s, 0,
		2 * (xz + wy) * s, 2 * (yz - wx) * s, (1 - 2*(xx+yy)) * s, 0,
		t.X, t.Y, t.Z, 1,
	}
}

func (a Mat4) Mul(b Mat4) Mat4 {
	var m Mat4
	for c := 0; c < 4; c++ {
		for r := 0; r < 4; r++ {
			m[c*4+r] = a[r]*b[c*4] + a[4+r]*b[c*4+1] + a[8+r]*b[c*4+2] + a[12+r]*b[c*4+3]
		}
	}
	return m
}

func (a Mat4) Apply(v Vec4) Vec4 {
	return Vec4{
		a[0]*v.X + a[4]*v.Y + a[8]*v.Z + a[12]*v.W,
		a[1]*v.X + a[5]*v.Y + a[9]*v.Z + a[13]*v.W,
		a[2]*v.X + a[6]*v.Y + a[10]*v.Z + a[14]*v.W,
		a[3]*v.X + a[7]*v.Y + a[11]*v.Z + a[15]*v.W,
	}
}

func perspective(fovy, aspect, near, far float32) Mat4 {
	f := float32(1 / math.Tan(float64(fovy)/2))
	return Mat4{f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) / (near - far), -1, 0, 0, 2 * far * near / (near - far), 0}
}

func lookAt(eye, center, up Vec3) Mat4 {
	f := center.Sub(eye).Normalize()
	s := f.Cross(up).Normalize()
	u := s.Cross(f)
	return Mat4{s.X, u.X, -f.X, 0, s.Y, u.Y, -f.Y, 0, s.Z, u.Z, -f.Z, 0, -s.Dot(eye), -u.Dot(eye), f.Dot(eye), 1}
}

func det3(a, b, c, d, e, f, g, h, i float32) float32 {
	return a*(e*i-f*h) - b*(d*i-f*g) + c*(d*h-e*g)
}

// Inverse by the adjugate: cofactor of (r, c) from the 3x3 minor.
func (m Mat4) Inverse() Mat4 {
	at := func(r, c int) float32 { return m[c*4+r] }
	var cof Mat4
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			var minor [9]float32
			k := 0
			for rr := 0; rr < 4; rr++ {
				for cc := 0; cc < 4; cc++ {
					if rr != r && cc != c {
						minor[k] = at(rr, cc)
						k++
					}
				}
			}
			d := det3(minor[0], minor[1], minor[2], minor[3], minor[4], minor[5], minor[6], minor[7], minor[8])
			if (r+c)%2 == 1 {
				d = -d
			}
			cof[r*4+c] = d // transposed: row r of the cofactors is column r
		}
	}
	det := m[0]*cof[0] + m[4]*cof[1] + m[8]*cof[2] + m[12]*cof[3]
	for i := range cof {
		cof[i] /= det
	}
	return cof
}

type object struct {
	parent int
	pos    Vec3
	axis   Vec3
	spin   float32
	rot    Quat
	world  Mat4
}

func main() {
	frames := 800
	if len(os.Args) > 1 {
		frames, _ = strconv.Atoi(os.Args[1])
	}
	const count = 4096
	objs := make([]object, count)
	for i := range objs {
		fi := float32(i)
		objs[i] = object{
			parent: (i - 1) / 4,
			pos:    Vec3{float32(i%16) - 8, float32(i/16%16) - 8, float32(i/256) * 0.5},
			axis:   Vec3{1 + fi*0.01, fi * 0.003, 1},
			spin:   0.01 + float32(i%7)*0.002,
			rot:    Quat{1, 0, 0, 0},
		}
	}
	objs[0].parent = -1
	proj := perspective(1.0, 16.0/9.0, 0.1, 100)
	corners := [4]Vec3{{-0.5, -0.5, 0}, {0.5, -0.5, 0}, {0.5, 0.5, 0}, {-0.5, 0.5, 0}}
	var sum, invErr float32
	for f := 0; f < frames; f++ {
		eye := Vec3{float32(math.Cos(float64(f) * 0.05)) * 30, 10, float32(math.Sin(float64(f)*0.05)) * 30}
		vp := proj.Mul(lookAt(eye, Vec3{}, Vec3{0, 1, 0}))
		for i := range objs {
			o := &objs[i]
			o.rot = o.rot.Mul(axisAngle(o.axis, o.spin)).Normalize()
			local := trs(o.pos, o.rot, 0.9)
			if o.parent >= 0 {
				o.world = objs[o.parent].world.Mul(local)
			} else {
				o.world = local
			}
			mvp := vp.Mul(o.world)
			for _, c := range corners {
				p := mvp.Apply(c.Extend(1))
				sum += p.X/p.W + p.Y/p.W
			}
		}
		m := objs[f%count].world
		id := m.Mul(m.Inverse())
		for i, v := range identity() {
			d := id[i] - v
			invErr += d * d
		}
	}
	fmt.Printf("frames %d: projected sum %.4f, inverse error %.3e\n", frames, sum, invErr)
	fmt.Printf("last world: %.5f %.5f %.5f\n", objs[count-1].world[12], objs[count-1].world[13], objs[count-1].world[14])
}
