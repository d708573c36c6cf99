package main

// Minimum spanning forest by Kruskal: a random weighted graph's edges
// (structs) sorted with sort.Slice, a union-find with path halving and
// union by size; then connected components of a sparser graph by
// union-find, their sizes counted in a map[int]int and sorted.
// Prints the forest's weight, edge count and the largest components.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type edge struct {
	u, v int32
	w    float64
}

type dsu struct {
	parent, size []int32
}

func newDSU(n int) *dsu {
	d := &dsu{make([]int32, n), make([]int32, n)}
	for i := range d.parent {
		d.parent[i] = int32(i)
		d.size[i] = 1
	}
	return d
}

func (d *dsu) find(x int32) int32 {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *dsu) union(a, b int32) bool {
	a, b = d.find(a), d.find(b)
	if a == b {
		return false
	}
	if d.size[a] < d.size[b] {
		a, b = b, a
	}
	d.parent[b] = a
	d.size[a] += d.size[b]
	return true
}

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed >> 12
	seed ^= seed << 25
	seed ^= seed >> 27
	return seed * 2685821657736338717
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	edges := make([]edge, 0, 5*n)
	for i := 0; i < 5*n; i++ {
		u, v := int32(rnd()%uint64(n)), int32(rnd()%uint64(n))
		w := float64(rnd()%1000000) / 1000
		edges = append(edges, edge{u, v, w})
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].w != edges[j].w {
			return edges[i].w < edges[j].w
		}
		if edges[i].u != edges[j].u {
			return edges[i].u < edges[j].u
		}
		return edges[i].v < edges[j].v
	})
	d := newDSU(n)
	total, used := 0.0, 0
	for _, e := range edges {
		if d.union(e.u, e.v) {
			total += e.w
			used++
		}
	}
	fmt.Printf("forest weight %.3f edges %d of %d\n", total, used, len(edges))

	d = newDSU(n)
	for i := 0; i < n*6/10; i++ {
		d.union(int32(rnd()%uint64(n)), int32(rnd()%uint64(n)))
	}
	sizes := map[int]int{}
	for i := 0; i < n; i++ {
		sizes[int(d.find(int32(i)))]++
	}
	list := make([]int, 0, len(sizes))
	for _, s := range sizes {
		list = append(list, s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(list)))
	fmt.Println("components", len(list), "largest", list[:5])
}
