package main

// Knuth's Dancing Links (Algorithm X) counting pentomino packings of a
// w x h rectangle: the 12 pieces in all their rotations and reflections
// (deduplicated through a map of normalised [5][2]int8 shapes) become
// rows of an exact-cover matrix with 12 piece columns plus one column
// per cell; nodes are structs in one slice linked by int32 indices
// (left, right, up, down, column) and covered/uncovered in place. The
// column with the fewest ones is chosen at each level. The argument is
// the width; the height is 60/width.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type node struct {
	left, right, up, down, col int32
	row                        int32
}

type dlx struct {
	nodes     []node
	size      []int32
	solutions int
	placed    []int32
	firstSol  []int32
}

var pieces = [12]string{
	"F:.##|##.|.#.", "I:#####", "L:####|#...", "N:##..|.###", "P:##|##|#.", "T:###|.#.|.#.",
	"U:#.#|###", "V:#..|#..|###", "W:#..|##.|.##", "X:.#.|###|.#.", "Y:####|.#..", "Z:##.|.#.|.##",
}

type shape [5][2]int8

func parse(p string) shape {
	var s shape
	k, r, c := 0, 0, 0
	for _, ch := range p[2:] {
		switch ch {
		case '|':
			r, c = r+1, 0
			continue
		case '#':
			s[k] = [2]int8{int8(r), int8(c)}
			k++
		}
		c++
	}
	return s
}

func normalise(s shape) shape {
	minR, minC := int8(100), int8(100)
	for _, p := range s {
		if p[0] < minR {
			minR = p[0]
		}
		if p[1] < minC {
			minC = p[1]
		}
	}
	for i := range s {
		s[i][0] -= minR
		s[i][1] -= minC
	}
	sort.Slice(s[:], func(i, j int) bool {
		if s[i][0] != s[j][0] {
			return s[i][0] < s[j][0]
		}
		return s[i][1] < s[j][1]
	})
	return s
}

func orientations(base shape) []shape {
	seen := map[shape]bool{}
	var out []shape
	s := base
	for flip := 0; flip < 2; flip++ {
		for rot := 0; rot < 4; rot++ {
			n := normalise(s)
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
			for i := range s {
				s[i][0], s[i][1] = s[i][1], -s[i][0]
			}
		}
		for i := range s {
			s[i][1] = -s[i][1]
		}
	}
	return out
}

func newDLX(columns int) *dlx {
	d := &dlx{nodes: make([]node, columns+1), size: make([]int32, columns+1)}
	for i := 0; i <= columns; i++ {
		d.nodes[i] = node{left: int32((i + columns) % (columns + 1)), right: int32((i + 1) % (columns + 1)), up: int32(i), down: int32(i), col: int32(i), row: -1}
	}
	return d
}

func (d *dlx) addRow(row int32, cols []int) {
	first := int32(-1)
	for _, c := range cols {
		col := int32(c + 1)
		idx := int32(len(d.nodes))
		up := d.nodes[col].up
		n := node{up: up, down: col, col: col, row: row}
		if first < 0 {
			first = idx
			n.left, n.right = idx, idx
		} else {
			last := d.nodes[first].left
			n.left, n.right = last, first
			d.nodes[last].right = idx
			d.nodes[first].left = idx
		}
		d.nodes = append(d.nodes, n)
		d.nodes[up].down = idx
		d.nodes[col].up = idx
		d.size[col]++
	}
}

func (d *dlx) cover(c int32) {
	ns := d.nodes
	ns[ns[c].right].left = ns[c].left
	ns[ns[c].left].right = ns[c].right
	for i := ns[c].down; i != c; i = ns[i].down {
		for j := ns[i].right; j != i; j = ns[j].right {
			ns[ns[j].down].up = ns[j].up
			ns[ns[j].up].down = ns[j].down
			d.size[ns[j].col]--
		}
	}
}

func (d *dlx) uncover(c int32) {
	ns := d.nodes
	for i := ns[c].up; i != c; i = ns[i].up {
		for j := ns[i].left; j != i; j = ns[j].left {
			d.size[ns[j].col]++
			ns[ns[j].down].up = j
			ns[ns[j].up].down = j
		}
	}
	ns[ns[c].right].left = c
	ns[ns[c].left].right = c
}

func (d *dlx) search() {
	ns := d.nodes
	if ns[0].right == 0 {
		d.solutions++
		if d.firstSol == nil {
			d.firstSol = append([]int32(nil), d.placed...)
		}
		return
	}
	best, bestSize := int32(0), int32(1<<30)
	for c := ns[0].right; c != 0; c = ns[c].right {
		if d.size[c] < bestSize {
			best, bestSize = c, d.size[c]
		}
	}
	if bestSize == 0 {
		return
	}
	d.cover(best)
	for r := ns[best].down; r != best; r = ns[r].down {
		d.placed = append(d.placed, ns[r].row)
		for j := ns[r].right; j != r; j = ns[j].right {
			d.cover(ns[j].col)
		}
		d.search()
		for j := ns[r].left; j != r; j = ns[j].left {
			d.uncover(ns[j].col)
		}
		d.placed = d.placed[:len(d.placed)-1]
	}
	d.uncover(best)
}

// The X pentomino is kept to the upper-left quadrant (its centre at
// most half-way), which removes most mirror-image and rotated solutions.
const symmetricPiece = 9

type placement struct {
	piece byte
	cells []int
}

func main() {
	w := 15
	if len(os.Args) > 1 {
		w, _ = strconv.Atoi(os.Args[1])
	}
	h := 60 / w
	d := newDLX(12 + w*h)
	var rows []placement
	for pi, p := range pieces {
		for _, s := range orientations(parse(p)) {
			for r := 0; r < h; r++ {
				for c := 0; c < w; c++ {
					if pi == symmetricPiece && (2*(r+1) > h-1 || 2*(c+1) > w-1) {
						continue
					}
					cols := []int{pi}
					cells := []int{}
					ok := true
					for _, q := range s {
						rr, cc := r+int(q[0]), c+int(q[1])
						if rr >= h || cc >= w {
							ok = false
							break
						}
						cells = append(cells, rr*w+cc)
						cols = append(cols, 12+rr*w+cc)
					}
					if ok {
						d.addRow(int32(len(rows)), cols)
						rows = append(rows, placement{p[0], cells})
					}
				}
			}
		}
	}
	d.search()
	fmt.Printf("%dx%d: %d placements, %d nodes, %d solutions\n", w, h, len(rows), len(d.nodes), d.solutions)
	board := make([]byte, w*h)
	for _, r := range d.firstSol {
		for _, cell := range rows[r].cells {
			board[cell] = rows[r].piece
		}
	}
	for r := 0; r < h; r++ {
		fmt.Println(string(board[r*w : (r+1)*w]))
	}
}
