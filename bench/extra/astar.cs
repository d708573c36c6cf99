// astar: A* shortest paths on a 400x400 grid with random walls and
// weighted "mud" cells, using container/heap over a []*item priority
// queue (index field, heap.Fix for decrease-key), a map[point]*item of
// open nodes, and [][]int g-scores. Each query's cost is checked against
// Dijkstra (A* with a zero heuristic); the path is rebuilt from a
// parent array and its cells counted.
package main

import (
	"container/heap"
	"fmt"
	"os"
	"strconv"
)

type point struct{ x, y int }

type item struct {
	p     point
	f, g  int
	index int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].f != q[j].f {
		return q[i].f < q[j].f
	}
	return q[i].g > q[j].g
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	it.index = -1
	return it
}

type grid struct {
	w, h int
	cost [][]int // 0 = wall
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

var dirs = [4]point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

func (g *grid) search(from, to point, useH bool) (int, int) {
	dist := make([][]int, g.h)
	parent := make([]point, g.w*g.h)
	for y := range dist {
		dist[y] = make([]int, g.w)
		for x := range dist[y] {
			dist[y][x] = -1
		}
	}
	h := func(p point) int {
		if !useH {
			return 0
		}
		return abs(p.x-to.x) + abs(p.y-to.y)
	}
	open := map[point]*item{}
	q := &pq{}
	start := &item{p: from, g: 0, f: h(from)}
	heap.Push(q, start)
	open[from] = start
	dist[from.y][from.x] = 0
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		delete(open, cur.p)
		if cur.p == to {
			steps := 0
			for p := to; p != from; p = parent[p.y*g.w+p.x] {
				steps++
			}
			return cur.g, steps
		}
		for _, d := range dirs {
			n := point{cur.p.x + d.x, cur.p.y + d.y}
			if n.x < 0 || n.y < 0 || n.x >= g.w || n.y >= g.h || g.cost[n.y][n.x] == 0 {
				continue
			}
			ng := cur.g + g.cost[n.y][n.x]
			if old := dist[n.y][n.x]; old >= 0 && old <= ng {
				continue
			}
			dist[n.y][n.x] = ng
			parent[n.y*g.w+n.x] = cur.p
			if it, ok := open[n]; ok {
				it.g, it.f = ng, ng+h(n)
				heap.Fix(q, it.index)
			} else {
				it := &item{p: n, g: ng, f: ng + h(n)}
				heap.Push(q, it)
				open[n] = it
			}
		}
	}
	return -1, 0
}

func main() {
	queries := 24
	if len(os.Args) > 1 {
		queries, _ = strconv.Atoi(os.Args[1])
	}
	g := &grid{w: 400, h: 400}
	x := uint32(12345)
	rnd := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	g.cost = make([][]int, g.h)
	for y := range g.cost {
		g.cost[y] = make([]int, g.w)
		for i := range g.cost[y] {
			switch r := rnd() % 100; {
			case r < 22:
				g.cost[y][i] = 0
			case r < 35:
				g.cost[y][i] = 5
			default:
				g.cost[y][i] = 1
			}
		}
	}
	total, found, agree := 0, 0, 0
	for i := 0; i < queries; i++ {
		from := point{int(rnd() % 40), int(rnd() % 400)}
		to := point{360 + int(rnd()%40), int(rnd() % 400)}
		g.cost[from.y][from.x], g.cost[to.y][to.x] = 1, 1
		c, steps := g.search(from, to, true)
		if i%4 == 0 {
			d, _ := g.search(from, to, false)
			if d == c {
				agree++
			}
		}
		if c >= 0 {
			found++
			total += c*1000 + steps
		}
	}
	fmt.Println("queries", queries, "found", found, "dijkstra agrees", agree, "checksum", total)
}
