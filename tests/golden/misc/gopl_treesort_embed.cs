// treesort, embed (Circle/Wheel), graph (map of maps), structs as map keys.
package main

import (
	"fmt"
	"sort"
)

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool { return graph[from][to] }

type Employee struct {
	ID        int
	Name      string
	ManagerID int
}

func Scale(p Point, f int) Point { return Point{p.X * f, p.Y * f} }

type address struct {
	hostname string
	port     int
}

func main() {
	data := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, -4}
	Sort(data)
	fmt.Println(data, sort.IntsAreSorted(data))

	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{
		Circle: Circle{
			Point:  Point{X: 8, Y: 8},
			Radius: 5,
		},
		Spokes: 20,
	}
	fmt.Printf("%#v\n", w)
	w.X = 42
	fmt.Printf("%v %+v\n", w, w)

	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(hasEdge("a", "b"), hasEdge("b", "a"), hasEdge("z", "a"), len(graph))

	emp := &Employee{1, "Dilbert", 0}
	emp.Name += " (proactive)"
	pos := &emp.ManagerID
	*pos = 7
	fmt.Printf("%+v\n", *emp)

	fmt.Println(Scale(Point{1, 2}, 5))
	p := Point{1, 2}
	q := Point{2, 1}
	fmt.Println(p.X == q.X && p.Y == q.Y, p == q)
	hits := make(map[address]int)
	hits[address{"golang.org", 443}]++
	hits[address{"golang.org", 443}]++
	hits[address{"gopl.io", 80}]++
	fmt.Println(hits[address{"golang.org", 443}], len(hits))
	pp := &Point{1, 2}
	fmt.Println(pp, *pp)
	type empty struct{}
	set := map[string]struct{}{}
	set["x"] = empty{}
	_, ok := set["x"]
	fmt.Println(ok, len(set))
}
