package main

// A small entity-component system as games write it: components in
// dense slices of structs indexed through a sparse []int32 per
// component type (an embedded index shared by the stores), entity
// removal by swap-with-last, systems behind a
// System interface run in order each frame, and struct embedding (a
// Body embeds Transform; systems embed a shared base with a name and
// counters, promoted methods included). Entities spawn and die every
// frame; the check is a hash of the final positions plus counts.

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Vec struct{ X, Y float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }
func (a Vec) Len2() float64       { return a.X*a.X + a.Y*a.Y }

type Transform struct {
	Pos Vec
	Rot float64
}

type Body struct {
	Transform
	Vel  Vec
	Mass float64
}

type Health struct {
	HP, Regen int
}

type Entity int32

// index is a sparse set mapping entities to dense slots: the owning
// entity per slot and the slot per entity (-1 when absent). Each
// component store keeps its values in a dense slice parallel to owner.
type index struct {
	owner  []Entity
	sparse []int32
}

func (x *index) add(e Entity) {
	for int(e) >= len(x.sparse) {
		x.sparse = append(x.sparse, -1)
	}
	x.sparse[e] = int32(len(x.owner))
	x.owner = append(x.owner, e)
}

// remove moves the last slot into e's and returns (e's slot, last slot)
// so the caller moves its dense value the same way.
func (x *index) remove(e Entity) (int32, int32) {
	i := x.sparse[e]
	last := int32(len(x.owner) - 1)
	x.owner[i] = x.owner[last]
	x.sparse[x.owner[i]] = i
	x.owner = x.owner[:last]
	x.sparse[e] = -1
	return i, last
}

type BodyStore struct {
	index
	dense []Body
}

func (s *BodyStore) add(e Entity, b Body) {
	s.index.add(e)
	s.dense = append(s.dense, b)
}

func (s *BodyStore) remove(e Entity) {
	i, last := s.index.remove(e)
	s.dense[i] = s.dense[last]
	s.dense = s.dense[:last]
}

type HealthStore struct {
	index
	dense []Health
}

func (s *HealthStore) add(e Entity, h Health) {
	s.index.add(e)
	s.dense = append(s.dense, h)
}

func (s *HealthStore) remove(e Entity) {
	i, last := s.index.remove(e)
	s.dense[i] = s.dense[last]
	s.dense = s.dense[:last]
}

type World struct {
	bodies  BodyStore
	health  HealthStore
	free    []Entity
	next    Entity
	dead    []Entity
	rng     uint32
	spawned int
}

func (w *World) rand() uint32 {
	w.rng = w.rng*1664525 + 1013904223
	return w.rng >> 8
}

func (w *World) spawn() {
	var e Entity
	if n := len(w.free); n > 0 {
		e, w.free = w.free[n-1], w.free[:n-1]
	} else {
		e = w.next
		w.next++
	}
	b := Body{Transform{Vec{float64(w.rand() % 1000), float64(w.rand() % 1000)}, 0},
		Vec{float64(w.rand()%21) - 10, float64(w.rand()%21) - 10}, 1 + float64(w.rand()%5)}
	w.bodies.add(e, b)
	w.health.add(e, Health{HP: 50 + int(w.rand()%100), Regen: int(w.rand() % 3)})
	w.spawned++
}

type System interface {
	Update(w *World, dt float64)
	Stats() string
}

type base struct {
	name  string
	calls int
	work  int
}

func (b *base) Stats() string { return fmt.Sprintf("%s: %d calls, %d items", b.name, b.calls, b.work) }
func (b *base) tick(n int)    { b.calls++; b.work += n }

type Movement struct{ base }

func (m *Movement) Update(w *World, dt float64) {
	bs := w.bodies.dense
	for i := range bs {
		b := &bs[i]
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
		b.Rot = math.Mod(b.Rot+b.Vel.Len2()*dt*0.01, 2*math.Pi)
	}
	m.tick(len(bs))
}

type Gravity struct {
	base
	center Vec
}

func (g *Gravity) Update(w *World, dt float64) {
	bs := w.bodies.dense
	for i := range bs {
		d := Vec{g.center.X - bs[i].Pos.X, g.center.Y - bs[i].Pos.Y}
		r2 := d.Len2() + 100
		bs[i].Vel = bs[i].Vel.Add(d.Scale(dt * 500 / (r2 * bs[i].Mass)))
	}
	g.tick(len(bs))
}

type Damage struct{ base }

func (d *Damage) Update(w *World, dt float64) {
	for i, e := range w.bodies.owner {
		b := &w.bodies.dense[i]
		h := &w.health.dense[w.health.sparse[e]]
		if b.Pos.X < 0 || b.Pos.X > 1000 || b.Pos.Y < 0 || b.Pos.Y > 1000 {
			h.HP -= 7
		} else {
			h.HP += h.Regen - 1
		}
		if h.HP <= 0 {
			w.dead = append(w.dead, e)
		}
	}
	d.tick(len(w.bodies.owner))
}

type Reaper struct{ base }

func (r *Reaper) Update(w *World, dt float64) {
	for _, e := range w.dead {
		w.bodies.remove(e)
		w.health.remove(e)
		w.free = append(w.free, e)
	}
	r.tick(len(w.dead))
	w.dead = w.dead[:0]
}

type Spawner struct {
	base
	perFrame int
}

func (s *Spawner) Update(w *World, dt float64) {
	for i := 0; i < s.perFrame; i++ {
		w.spawn()
	}
	s.tick(s.perFrame)
}

func main() {
	frames := 2000
	if len(os.Args) > 1 {
		frames, _ = strconv.Atoi(os.Args[1])
	}
	w := &World{rng: 12345}
	for i := 0; i < 3000; i++ {
		w.spawn()
	}
	systems := []System{
		&Spawner{base{name: "spawner"}, 20},
		&Gravity{base{name: "gravity"}, Vec{500, 500}},
		&Movement{base{name: "movement"}},
		&Damage{base{name: "damage"}},
		&Reaper{base{name: "reaper"}},
	}
	for f := 0; f < frames; f++ {
		for _, s := range systems {
			s.Update(w, 0.05)
		}
	}
	h := uint64(14695981039346656037)
	for i, b := range w.bodies.dense {
		h = (h ^ uint64(int64(b.Pos.X*1000))) * 1099511628211
		h = (h ^ uint64(int64(b.Pos.Y*1000))) * 1099511628211
		h = (h ^ uint64(w.bodies.owner[i])) * 1099511628211
	}
	for _, s := range systems {
		fmt.Println(s.Stats())
	}
	fmt.Printf("alive %d, spawned %d, ids %d, hash %016x\n", len(w.bodies.dense), w.spawned, w.next, h)
}
