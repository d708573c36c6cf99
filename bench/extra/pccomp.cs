// pccomp: parallel connected components of a random graph by concurrent
// union-find. P goroutines each take a chunk of the edge list and union
// the endpoints in a shared parent []int32: find follows parents with
// atomic loads and halves paths with CompareAndSwapInt32, link hangs the
// larger root under the smaller by CAS and retries on failure. After a
// WaitGroup join, a parallel pass compresses every vertex to its root and
// per-worker maps count component sizes, merged by the main goroutine.
// Checked against a sequential union-find with union by size.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

func find(parent []int32, x int32) int32 {
	for {
		p := atomic.LoadInt32(&parent[x])
		if p == x {
			return x
		}
		gp := atomic.LoadInt32(&parent[p])
		if gp != p {
			atomic.CompareAndSwapInt32(&parent[x], p, gp)
		}
		x = gp
	}
}

func union(parent []int32, a, b int32) {
	for {
		a, b = find(parent, a), find(parent, b)
		if a == b {
			return
		}
		if a > b {
			a, b = b, a
		}
		if atomic.CompareAndSwapInt32(&parent[b], b, a) {
			return
		}
	}
}

func parallelCC(n int, edges [][2]int32, p int) []int {
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var wg sync.WaitGroup
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, e := range edges[w*len(edges)/p : (w+1)*len(edges)/p] {
				union(parent, e[0], e[1])
			}
		}(w)
	}
	wg.Wait()
	counts := make([]map[int32]int, p)
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			m := make(map[int32]int)
			for v := w * n / p; v < (w+1)*n/p; v++ {
				m[find(parent, int32(v))]++
			}
			counts[w] = m
		}(w)
	}
	wg.Wait()
	total := make(map[int32]int)
	for _, m := range counts {
		for r, c := range m {
			total[r] += c
		}
	}
	sizes := make([]int, 0, len(total))
	for _, c := range total {
		sizes = append(sizes, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}

func sequentialCC(n int, edges [][2]int32) []int {
	parent := make([]int32, n)
	size := make([]int, n)
	for i := range parent {
		parent[i] = int32(i)
		size[i] = 1
	}
	var root func(x int32) int32
	root = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		a, b := root(e[0]), root(e[1])
		if a == b {
			continue
		}
		if size[a] < size[b] {
			a, b = b, a
		}
		parent[b] = a
		size[a] += size[b]
	}
	var sizes []int
	for i := range parent {
		if parent[i] == int32(i) {
			sizes = append(sizes, size[i])
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint64(12345)
	for _, deg := range []int{40, 55, 100} {
		m := n * deg / 100
		edges := make([][2]int32, m)
		for i := range edges {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			edges[i] = [2]int32{int32(x % uint64(n)), int32(x >> 32 % uint64(n))}
		}
		want := sequentialCC(n, edges)
		for _, p := range []int{2, 4} {
			got := parallelCC(n, edges, p)
			if len(got) != len(want) {
				fmt.Println("component count differs", len(got), len(want))
				return
			}
			for i := range got {
				if got[i] != want[i] {
					fmt.Println("sizes differ at", i)
					return
				}
			}
		}
		fmt.Println("edges", m, "components", len(want), "largest", want[0], want[1], "singletons", len(want)-sort.Search(len(want), func(i int) bool { return want[i] == 1 }))
	}
}
