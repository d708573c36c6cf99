// ch6: geometry Point/Path, ColoredPoint embedding, Values map methods, method values
// and expressions, IntSet bit vector, embedded *Point and sync.Mutex cache.
package main

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"sync"
)

type Point struct{ X, Y float64 }

func Distance(p, q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type RGBA struct{ R, G, B, A uint8 }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type ColoredPoint struct {
	Point
	Color RGBA
}

type ColoredPoint2 struct {
	*Point
	Color string
}

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

type IntSet struct{ words []uint64 }

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (s *IntSet) Remove(x int) {
	word, bit := x/64, uint(x%64)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) Copy() *IntSet {
	return &IntSet{append([]uint64(nil), s.words...)}
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		if word == 0 {
			continue
		}
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: make(map[string]string)}

func Lookup(key string) string {
	cache.Lock()
	v := cache.mapping[key]
	cache.Unlock()
	return v
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(Distance(p, q), p.Distance(q))
	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3)
	(&q).ScaleBy(0.5)
	fmt.Println(p, q)
	perim.TranslateBy(Point{1, 1}, true)
	fmt.Println(perim)
	perim.TranslateBy(Point{2, 0}, false)
	fmt.Println(perim)

	red := RGBA{255, 0, 0, 255}
	blue := RGBA{0, 0, 255, 255}
	var cp = ColoredPoint{Point{1, 1}, red}
	var cq = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(cp.Distance(cq.Point))
	cp.ScaleBy(2)
	cq.ScaleBy(2)
	fmt.Println(cp.Distance(cq.Point), cp)

	a := ColoredPoint2{&Point{1, 1}, "red"}
	b := ColoredPoint2{&Point{5, 4}, "blue"}
	fmt.Println(a.Distance(*b.Point))
	b.Point = a.Point
	a.ScaleBy(2)
	fmt.Println(*a.Point, *b.Point)

	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"), m.Get("q"), m.Get("item"), m["item"])
	m = nil
	fmt.Println(m.Get("item"))

	pt := Point{1, 2}
	distanceFromP := pt.Distance
	scaleP := (&pt).ScaleBy
	fmt.Println(distanceFromP(Point{4, 6}))
	scaleP(2)
	scaleP(10)
	fmt.Println(pt)
	distance := Point.Distance
	fmt.Println(distance(Point{0, 0}, Point{3, 4}))
	fmt.Printf("%T\n", distance)
	scale := (*Point).ScaleBy
	scale(&pt, 0.5)
	fmt.Println(pt)
	fmt.Printf("%T\n", scale)

	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String())
	y.Add(9)
	y.Add(42)
	fmt.Println(y.String())
	x.UnionWith(&y)
	fmt.Println(x.String(), x.Len())
	fmt.Println(x.Has(9), x.Has(123))
	c := x.Copy()
	c.Remove(144)
	fmt.Println(&x, c, x)

	cache.Lock()
	cache.mapping["k"] = "v"
	cache.Unlock()
	fmt.Println(Lookup("k"), Lookup("z") == "")
	var buf [1024]byte
	n := runtime.Stack(buf[:], false)
	fmt.Println(n > 0, bytes.HasPrefix(buf[:n], []byte("goroutine 1 [running]:")))
}
