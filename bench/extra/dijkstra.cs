package main

// Shortest paths on a random sparse graph: adjacency lists of edge
// structs, a hand-written binary heap of (dist, node) items with
// lazy deletion, repeated from several sources.

import (
	"fmt"
	"os"
	"strconv"
)

type Edge struct{ to, w int }

type Item struct{ d, v int }

type Heap []Item

func (h *Heap) Push(it Item) {
	*h = append(*h, it)
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if a[p].d <= a[i].d {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *Heap) Pop() Item {
	a := *h
	top := a[0]
	n := len(a) - 1
	a[0] = a[n]
	a = a[:n]
	i := 0
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && a[r].d < a[l].d {
			m = r
		}
		if a[i].d <= a[m].d {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}

func dijkstra(g [][]Edge, src int, dist []int) {
	const inf = 1 << 60
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	h := &Heap{}
	h.Push(Item{0, src})
	for len(*h) > 0 {
		it := h.Pop()
		if it.d > dist[it.v] {
			continue
		}
		for _, e := range g[it.v] {
			nd := it.d + e.w
			if nd < dist[e.to] {
				dist[e.to] = nd
				h.Push(Item{nd, e.to})
			}
		}
	}
}

func main() {
	n := 60000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint64(12345)
	rnd := func(m int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(m))
	}
	g := make([][]Edge, n)
	for v := 0; v < n; v++ {
		g[v] = append(g[v], Edge{(v + 1) % n, 50 + rnd(50)})
		for k := 0; k < 5; k++ {
			g[v] = append(g[v], Edge{rnd(n), 1 + rnd(1000)})
		}
	}
	dist := make([]int, n)
	for s := 0; s < 8; s++ {
		src := s * (n / 8)
		dijkstra(g, src, dist)
		far, sum := 0, 0
		for _, d := range dist {
			sum += d
			if d > far {
				far = d
			}
		}
		fmt.Println("src", src, "sum", sum, "max", far)
	}
}
