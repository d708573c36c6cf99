// graphscc: graph algorithms on a generated directed graph in adjacency
// lists ([][]int32): Tarjan's strongly connected components (recursive,
// with an explicit stack and lowlinks), Kosaraju's (iterative DFS on the
// graph and its transpose) to check them, the condensation DAG ordered
// by Kahn's algorithm with a longest-path DP, and Floyd-Warshall on a
// dense 220-node weighted graph in a flat []int32.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type tarjan struct {
	adj     [][]int32
	index   []int32
	low     []int32
	onStack []bool
	stack   []int32
	comp    []int32
	next    int32
	ncomp   int32
}

func (t *tarjan) visit(v int32) {
	t.index[v] = t.next
	t.low[v] = t.next
	t.next++
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.adj[v] {
		if t.index[w] < 0 {
			t.visit(w)
			if t.low[w] < t.low[v] {
				t.low[v] = t.low[w]
			}
		} else if t.onStack[w] && t.index[w] < t.low[v] {
			t.low[v] = t.index[w]
		}
	}
	if t.low[v] == t.index[v] {
		for {
			w := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.onStack[w] = false
			t.comp[w] = t.ncomp
			if w == v {
				break
			}
		}
		t.ncomp++
	}
}

func tarjanSCC(adj [][]int32) ([]int32, int) {
	n := len(adj)
	t := &tarjan{adj: adj, index: make([]int32, n), low: make([]int32, n), onStack: make([]bool, n), comp: make([]int32, n)}
	for i := range t.index {
		t.index[i] = -1
	}
	for v := 0; v < n; v++ {
		if t.index[v] < 0 {
			t.visit(int32(v))
		}
	}
	return t.comp, int(t.ncomp)
}

type frame struct{ v, edge int32 }

func kosaraju(adj [][]int32) ([]int32, int) {
	n := len(adj)
	seen := make([]bool, n)
	order := make([]int32, 0, n)
	var st []frame
	for s := 0; s < n; s++ {
		if seen[s] {
			continue
		}
		seen[s] = true
		st = append(st, frame{int32(s), 0})
		for len(st) > 0 {
			f := &st[len(st)-1]
			if int(f.edge) < len(adj[f.v]) {
				w := adj[f.v][f.edge]
				f.edge++
				if !seen[w] {
					seen[w] = true
					st = append(st, frame{w, 0})
				}
				continue
			}
			order = append(order, f.v)
			st = st[:len(st)-1]
		}
	}
	radj := make([][]int32, n)
	for v, ws := range adj {
		for _, w := range ws {
			radj[w] = append(radj[w], int32(v))
		}
	}
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	nc := int32(0)
	var work []int32
	for i := n - 1; i >= 0; i-- {
		if comp[order[i]] >= 0 {
			continue
		}
		work = append(work[:0], order[i])
		comp[order[i]] = nc
		for len(work) > 0 {
			v := work[len(work)-1]
			work = work[:len(work)-1]
			for _, w := range radj[v] {
				if comp[w] < 0 {
					comp[w] = nc
					work = append(work, w)
				}
			}
		}
		nc++
	}
	return comp, int(nc)
}

func longestDAGPath(adj [][]int32, comp []int32, nc int) (int, int) {
	dag := make([]map[int32]bool, nc)
	indeg := make([]int, nc)
	size := make([]int, nc)
	for v, ws := range adj {
		cv := comp[v]
		size[cv]++
		for _, w := range ws {
			cw := comp[w]
			if cv == cw {
				continue
			}
			if dag[cv] == nil {
				dag[cv] = make(map[int32]bool)
			}
			if !dag[cv][cw] {
				dag[cv][cw] = true
				indeg[cw]++
			}
		}
	}
	best := make([]int, nc)
	var queue []int32
	for c := 0; c < nc; c++ {
		best[c] = size[c]
		if indeg[c] == 0 {
			queue = append(queue, int32(c))
		}
	}
	seen, longest := 0, 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		seen++
		if best[c] > longest {
			longest = best[c]
		}
		for d := range dag[c] {
			if best[c]+size[d] > best[d] {
				best[d] = best[c] + size[d]
			}
			indeg[d]--
			if indeg[d] == 0 {
				queue = append(queue, d)
			}
		}
	}
	return seen, longest
}

func floyd(n int, seed uint32) int64 {
	const inf = 1 << 29
	d := make([]int32, n*n)
	for i := range d {
		seed = seed*1103515245 + 12345
		if i/n == i%n {
			d[i] = 0
		} else if (seed>>16)%6 == 0 {
			d[i] = int32(1 + (seed>>8)%100)
		} else {
			d[i] = inf
		}
	}
	for k := 0; k < n; k++ {
		rowK := d[k*n : k*n+n]
		for i := 0; i < n; i++ {
			dik := d[i*n+k]
			if dik == inf {
				continue
			}
			rowI := d[i*n : i*n+n]
			for j, dkj := range rowK {
				if dik+dkj < rowI[j] {
					rowI[j] = dik + dkj
				}
			}
		}
	}
	var sum int64
	for _, v := range d {
		if v < inf {
			sum += int64(v)
		}
	}
	return sum
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	adj := make([][]int32, n)
	x := uint64(2463534242)
	for v := 0; v < n; v++ {
		deg := 1 + v%3
		for e := 0; e < deg; e++ {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			w := int(x % uint64(n))
			if x%10 < 7 { // mostly local edges: many mid-sized cycles
				w = (v + int(x>>32)%50 - 20 + n) % n
			}
			adj[v] = append(adj[v], int32(w))
		}
	}
	c1, n1 := tarjanSCC(adj)
	c2, n2 := kosaraju(adj)
	same := n1 == n2
	m := map[int32]int32{}
	for v := range c1 {
		if prev, ok := m[c1[v]]; ok && prev != c2[v] {
			same = false
		}
		m[c1[v]] = c2[v]
	}
	largest := map[int32]int{}
	big := 0
	for _, c := range c1 {
		largest[c]++
		if largest[c] > big {
			big = largest[c]
		}
	}
	seen, longest := longestDAGPath(adj, c1, n1)
	fmt.Println("components", n1, "agree", same, "largest", big, "topo", seen, "longest path", longest)
	fmt.Println("floyd", floyd(220, 99), floyd(220, 12345))
}
