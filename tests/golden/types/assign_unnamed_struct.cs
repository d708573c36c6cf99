// A value of an unnamed struct or array type is assignable to a named type
// with the same underlying type (and back) in every assignment context.
package main

import "fmt"

type Point struct{ X, Y int }
type Grid [2][2]int
type Row [3]string

func show(p Point) string  { return fmt.Sprint("show", p) }
func anon() struct{ X, Y int } { return struct{ X, Y int }{7, 8} }
func named() Point             { return anon() }
func unnamed() [2][2]int       { return Grid{{1, 2}, {3, 4}} }
func rows(rs ...Row) int       { return len(rs) }

type Holder struct {
	P Point
	G Grid
}

func main() {
	a := struct{ X, Y int }{1, 2}
	var p Point = a
	p2 := Point{}
	p2 = a
	a = p
	fmt.Println(p, p2, a, show(a), named(), show(anon()))
	ps := []Point{a, anon()}
	m := map[string]Point{"a": a}
	m["b"] = anon()
	h := Holder{P: a, G: [2][2]int{{5, 6}, {7, 8}}}
	h.P = struct{ X, Y int }{9, 9}
	ch := make(chan Point, 1)
	ch <- a
	ps = append(ps, a, <-ch)
	fmt.Println(ps, m, h)
	var g Grid = unnamed()
	var u [2][2]int = g
	g2, u2 := Grid(u), [2][2]int(g)
	fmt.Println(g, u, g2 == Grid(u2), unnamed())
	r := [3]string{"a", "b", "c"}
	fmt.Println(rows(r, [3]string{"x"}), rows([]Row{r}...))
	var i interface{} = a
	_, isPoint := i.(Point)
	fmt.Println(isPoint, i)
	arr := [2]struct{ X, Y int }{{1, 1}, {2, 2}}
	var pts [2]Point
	for k, v := range arr {
		pts[k] = v
	}
	fmt.Println(pts)
	q, w := Point(a), struct{ X, Y int }(p)
	q, w = w, q
	fmt.Println(q, w)
	f := func() (Point, [2][2]int) { return anon(), g }
	fmt.Println(f())
}
