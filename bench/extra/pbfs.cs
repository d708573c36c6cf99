package main

// Level-synchronous parallel breadth-first search, as in Graph500: the
// graph is in compressed sparse row form ([]int32 offsets and targets),
// each level's frontier is split into chunks claimed by 4 worker
// goroutines through an atomic counter, vertices are claimed with
// atomic.CompareAndSwapInt32 on the level array, each worker appends to
// its own next-frontier slice, and the level ends at a WaitGroup. The
// levels must equal a sequential BFS; the check is the level histogram.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type graph struct {
	offsets []int32
	targets []int32
}

func makeGraph(n, degree int) *graph {
	seed := uint64(0x2545F4914F6CDD1D)
	rnd := func() uint64 {
		seed ^= seed >> 12
		seed ^= seed << 25
		seed ^= seed >> 27
		return seed * 2685821657736338717
	}
	edges := make([][]int32, n)
	for v := 0; v < n; v++ {
		for e := 0; e < degree; e++ {
			// Skewed endpoints: half the edges go to low-numbered vertices.
			w := int32(rnd() % uint64(n))
			if e%2 == 0 {
				w = int32(rnd() % uint64(n/64+1))
			}
			edges[v] = append(edges[v], w)
			edges[w] = append(edges[w], int32(v))
		}
	}
	g := &graph{offsets: make([]int32, n+1)}
	for v, es := range edges {
		g.offsets[v+1] = g.offsets[v] + int32(len(es))
		g.targets = append(g.targets, es...)
	}
	return g
}

func (g *graph) sequential(src int32) []int32 {
	level := make([]int32, len(g.offsets)-1)
	for i := range level {
		level[i] = -1
	}
	level[src] = 0
	frontier := []int32{src}
	for depth := int32(1); len(frontier) > 0; depth++ {
		var next []int32
		for _, v := range frontier {
			for _, w := range g.targets[g.offsets[v]:g.offsets[v+1]] {
				if level[w] < 0 {
					level[w] = depth
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	return level
}

const chunk = 64

func (g *graph) parallel(src int32, workers int) []int32 {
	level := make([]int32, len(g.offsets)-1)
	for i := range level {
		level[i] = -1
	}
	level[src] = 0
	frontier := []int32{src}
	nexts := make([][]int32, workers)
	for depth := int32(1); len(frontier) > 0; depth++ {
		var claimed int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				out := nexts[w][:0]
				for {
					start := int(atomic.AddInt64(&claimed, chunk)) - chunk
					if start >= len(frontier) {
						break
					}
					end := start + chunk
					if end > len(frontier) {
						end = len(frontier)
					}
					for _, v := range frontier[start:end] {
						for _, t := range g.targets[g.offsets[v]:g.offsets[v+1]] {
							if atomic.LoadInt32(&level[t]) < 0 && atomic.CompareAndSwapInt32(&level[t], -1, depth) {
								out = append(out, t)
							}
						}
					}
				}
				nexts[w] = out
			}(w)
		}
		wg.Wait()
		var merged []int32
		for _, nx := range nexts {
			merged = append(merged, nx...)
		}
		frontier = merged
	}
	return level
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	g := makeGraph(n, 8)
	fmt.Printf("%d vertices, %d directed edges\n", n, len(g.targets))
	for _, src := range []int32{0, int32(n / 2), int32(n - 1)} {
		want := g.sequential(src)
		for round := 0; round < 3; round++ {
			got := g.parallel(src, 4)
			for i := range got {
				if got[i] != want[i] {
					fmt.Println("mismatch at", i)
					return
				}
			}
		}
		hist := map[int32]int{}
		maxLevel := int32(0)
		for _, l := range want {
			hist[l]++
			if l > maxLevel {
				maxLevel = l
			}
		}
		fmt.Printf("source %d:", src)
		for l := int32(-1); l <= maxLevel; l++ {
			fmt.Printf(" %d", hist[l])
		}
		fmt.Println()
	}
}
