package main

// Korf's IDA* on the 15-puzzle: iterative deepening on f = g + h with
// the Manhattan-distance heuristic updated incrementally per move, the
// board a [16]int8 array in a struct mutated in place and undone on
// return, moves from a precomputed neighbour table, and no move back
// to the previous blank position. Instances are scrambled from the goal
// by a fixed-seed random walk; the check is each optimal length and the
// nodes expanded.

import (
	"fmt"
	"os"
	"strconv"
)

type puzzle struct {
	tiles    [16]int8
	blank    int
	h        int
	nodes    int64
	bound    int
	path     [128]int8
	dist     [16][16]int8
	neighbor [16][]int
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func newPuzzle() *puzzle {
	p := &puzzle{}
	for t := 1; t < 16; t++ {
		for pos := 0; pos < 16; pos++ {
			p.dist[t][pos] = int8(abs(pos/4-t/4) + abs(pos%4-t%4))
		}
	}
	for pos := 0; pos < 16; pos++ {
		r, c := pos/4, pos%4
		if r > 0 {
			p.neighbor[pos] = append(p.neighbor[pos], pos-4)
		}
		if c > 0 {
			p.neighbor[pos] = append(p.neighbor[pos], pos-1)
		}
		if c < 3 {
			p.neighbor[pos] = append(p.neighbor[pos], pos+1)
		}
		if r < 3 {
			p.neighbor[pos] = append(p.neighbor[pos], pos+4)
		}
	}
	return p
}

func (p *puzzle) set(tiles [16]int8) {
	p.tiles = tiles
	p.h = 0
	for pos, t := range tiles {
		if t == 0 {
			p.blank = pos
		} else {
			p.h += int(p.dist[t][pos])
		}
	}
}

// search returns the smallest f over the bound seen below this node, or
// -1 when the goal was reached.
func (p *puzzle) search(g, prev int) int {
	f := g + p.h
	if f > p.bound {
		return f
	}
	if p.h == 0 {
		return -1
	}
	p.nodes++
	min := 1 << 30
	blank := p.blank
	for _, next := range p.neighbor[blank] {
		if next == prev {
			continue
		}
		t := p.tiles[next]
		dh := int(p.dist[t][blank]) - int(p.dist[t][next])
		p.tiles[blank], p.tiles[next] = t, 0
		p.blank = next
		p.h += dh
		r := p.search(g+1, blank)
		p.h -= dh
		p.blank = blank
		p.tiles[blank], p.tiles[next] = 0, t
		if r < 0 {
			p.path[g] = int8(next)
			return -1
		}
		if r < min {
			min = r
		}
	}
	return min
}

func (p *puzzle) solve() int {
	p.bound = p.h
	for {
		r := p.search(0, -1)
		if r < 0 {
			return p.bound
		}
		p.bound = r
	}
}

func scramble(p *puzzle, steps int, seed *uint32) [16]int8 {
	var tiles [16]int8
	for i := range tiles {
		tiles[i] = int8(i)
	}
	blank, prev := 0, -1
	for s := 0; s < steps; {
		*seed = *seed*1103515245 + 12345
		nb := p.neighbor[blank]
		next := nb[int(*seed>>16)%len(nb)]
		if next == prev {
			continue
		}
		tiles[blank], tiles[next] = tiles[next], 0
		prev, blank = blank, next
		s++
	}
	return tiles
}

func main() {
	n := 9
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	p := newPuzzle()
	seed := uint32(2024)
	total := int64(0)
	for i := 0; i < n; i++ {
		tiles := scramble(p, 60+i*4, &seed)
		p.set(tiles)
		p.nodes = 0
		h0 := p.h
		moves := p.solve()
		total += p.nodes
		fmt.Printf("instance %2d: h=%2d optimal %2d moves, %9d nodes, first move %d\n", i, h0, moves, p.nodes, p.path[0])
	}
	fmt.Println("total nodes", total)
}
