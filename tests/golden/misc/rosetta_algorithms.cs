// Rosetta Code algorithms with user types and container/heap: N-queens,
// sudoku, game of life, Huffman coding, Dijkstra, BFS through a maze and
// topological sort (sorted output where map order would show).
package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type board struct {
	n    int
	cols []int
}

func (b *board) safe(row, col int) bool {
	for r := 0; r < row; r++ {
		c := b.cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func (b *board) solve(row int, count *int, first *[]int) {
	if row == b.n {
		if *count == 0 {
			*first = append([]int(nil), b.cols...)
		}
		*count++
		return
	}
	for c := 0; c < b.n; c++ {
		if b.safe(row, c) {
			b.cols[row] = c
			b.solve(row+1, count, first)
		}
	}
}

func runNqueens() {
	for n := 1; n <= 9; n++ {
		b := &board{n, make([]int, n)}
		count := 0
		var first []int
		b.solve(0, &count, &first)
		fmt.Printf("%d queens: %d solutions, first %v\n", n, count, first)
	}
	b := &board{8, make([]int, 8)}
	var f []int
	c := 0
	b.solve(0, &c, &f)
	for _, col := range f {
		for i := 0; i < 8; i++ {
			if i == col {
				fmt.Print("Q ")
			} else {
				fmt.Print(". ")
			}
		}
		fmt.Println()
	}
}

type grid [9][9]int

func (g *grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *grid) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g grid) String() string {
	s := ""
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			s += "------+-------+------\n"
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				s += "| "
			}
			s += fmt.Sprint(v, " ")
		}
		s += "\n"
	}
	return s
}

func runSudoku() {
	puzzle := "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
	var g grid
	for i, ch := range puzzle {
		g[i/9][i%9] = int(ch - '0')
	}
	fmt.Println(g.solve())
	fmt.Print(g)
	fmt.Println(g[0])
}

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

func (f *Field) String() string {
	var b strings.Builder
	for y := 0; y < f.h; y++ {
		for x := 0; x < f.w; x++ {
			if f.Alive(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func runLife() {
	a, b := NewField(10, 8), NewField(10, 8)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}, {6, 5}, {7, 5}, {8, 5}} {
		a.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("gen %d:\n%v", gen, a)
		for y := 0; y < a.h; y++ {
			for x := 0; x < a.w; x++ {
				b.Set(x, y, a.Next(x, y))
			}
		}
		a, b = b, a
	}
}

type node struct {
	freq        int
	ch          rune
	left, right *node
}

type pq []*node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].ch < q[j].ch
}
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x interface{}) { *q = append(*q, x.(*node)) }
func (q *pq) Pop() interface{} {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func codes(n *node, prefix string, out map[rune]string) {
	if n.left == nil {
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func runHuffman() {
	text := "this is an example for huffman encoding"
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	q := &pq{}
	for r, f := range freq {
		*q = append(*q, &node{freq: f, ch: r})
	}
	heap.Init(q)
	for q.Len() > 1 {
		a := heap.Pop(q).(*node)
		b := heap.Pop(q).(*node)
		ch := a.ch
		if b.ch < ch {
			ch = b.ch
		}
		heap.Push(q, &node{a.freq + b.freq, ch, a, b})
	}
	out := map[rune]string{}
	codes((*q)[0], "", out)
	var keys []rune
	for r := range out {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	total := 0
	for _, r := range keys {
		fmt.Printf("%q %d %s\n", r, freq[r], out[r])
		total += freq[r] * len(out[r])
	}
	fmt.Println("bits:", total)
}

type edge struct {
	to   string
	cost int
}

type item struct {
	v    string
	dist int
	idx  int
}

type queue []*item

func (q queue) Len() int            { return len(q) }
func (q queue) Less(i, j int) bool  { return q[i].dist < q[j].dist || q[i].dist == q[j].dist && q[i].v < q[j].v }
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *queue) Push(x interface{}) { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *queue) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func runDijkstra() {
	g := map[string][]edge{
		"a": {{"b", 7}, {"c", 9}, {"f", 14}},
		"b": {{"c", 10}, {"d", 15}},
		"c": {{"d", 11}, {"f", 2}},
		"d": {{"e", 6}},
		"e": {},
		"f": {{"e", 9}},
	}
	dist := map[string]int{}
	prev := map[string]string{}
	for v := range g {
		dist[v] = math.MaxInt
	}
	dist["a"] = 0
	q := &queue{}
	heap.Push(q, &item{v: "a"})
	for q.Len() > 0 {
		it := heap.Pop(q).(*item)
		if it.dist > dist[it.v] {
			continue
		}
		for _, e := range g[it.v] {
			if nd := it.dist + e.cost; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = it.v
				heap.Push(q, &item{v: e.to, dist: nd})
			}
		}
	}
	for _, t := range []string{"e", "f", "d"} {
		path := []string{t}
		for v := t; prev[v] != ""; v = prev[v] {
			path = append([]string{prev[v]}, path...)
		}
		fmt.Printf("%s: %d via %s\n", t, dist[t], strings.Join(path, "->"))
	}
	fmt.Println(dist)
}

var maze = []string{
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#...E#",
	"##########",
}

type pt struct{ r, c int }

func runBfsMaze() {
	grid := make([][]byte, len(maze))
	var start, end pt
	for r, line := range maze {
		grid[r] = []byte(line)
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = pt{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = pt{r, c}
		}
	}
	prev := map[pt]pt{start: start}
	queue := []pt{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			break
		}
		for _, d := range [4]pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := prev[n]; !seen {
				prev[n] = p
				queue = append(queue, n)
			}
		}
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
		steps++
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("steps", steps+1, start, end)
	fmt.Printf("%v %+v\n", start, end)
}

func runTopo() {
	deps := map[string][]string{
		"des_system_lib": strings.Fields("std synopsys std_cell_lib des_system_lib dw02 dw01 ramlib ieee"),
		"dw01":           strings.Fields("ieee dw01 dware gtech"),
		"dw02":           strings.Fields("ieee dw02 dware"),
		"dw03":           strings.Fields("std synopsys dware dw03 dw02 dw01 ieee gtech"),
		"dw04":           strings.Fields("dw04 ieee dw01 dware gtech"),
		"dw05":           strings.Fields("dw05 ieee dware"),
		"dw06":           strings.Fields("dw06 ieee dware"),
		"dw07":           strings.Fields("ieee dware"),
		"dware":          strings.Fields("ieee dware"),
		"gtech":          strings.Fields("ieee gtech"),
		"ramlib":         strings.Fields("std ieee"),
		"std_cell_lib":   strings.Fields("ieee std_cell_lib"),
		"synopsys":       nil,
	}
	indeg := map[string]int{}
	users := map[string][]string{}
	for lib, ds := range deps {
		if _, ok := indeg[lib]; !ok {
			indeg[lib] = 0
		}
		for _, d := range ds {
			if d == lib {
				continue
			}
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[lib]++
			users[d] = append(users[d], lib)
		}
	}
	var order []string
	for len(indeg) > 0 {
		var ready []string
		for lib, n := range indeg {
			if n == 0 {
				ready = append(ready, lib)
			}
		}
		if len(ready) == 0 {
			fmt.Println("cycle")
			break
		}
		sort.Strings(ready)
		fmt.Println(ready)
		for _, lib := range ready {
			delete(indeg, lib)
			for _, u := range users[lib] {
				indeg[u]--
			}
		}
		order = append(order, ready...)
	}
	fmt.Println(len(order))
}

func main() {
	fmt.Println("== Nqueens")
	runNqueens()
	fmt.Println("== Sudoku")
	runSudoku()
	fmt.Println("== Life")
	runLife()
	fmt.Println("== Huffman")
	runHuffman()
	fmt.Println("== Dijkstra")
	runDijkstra()
	fmt.Println("== BfsMaze")
	runBfsMaze()
	fmt.Println("== Topo")
	runTopo()
}
