// havlak: kostya/benchmarks' (and Hundt's "Loop Recognition in C++/Java/
// Go/Scala") Havlak loop finder. A control-flow graph of *basicBlock
// nodes with in/out edge slices is built from nested diamonds and base
// loops; the finder numbers it by recursive DFS (number kept in a
// map[*basicBlock]int), classifies back and non-back predecessors
// (a []map[int]bool), merges loop bodies with union-find and builds a
// loop-structure graph whose nesting levels are computed recursively.
// The argument is the number of finder passes over the big graph.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type basicBlock struct {
	name     int
	inEdges  []*basicBlock
	outEdges []*basicBlock
}

type cfg struct {
	blocks map[int]*basicBlock
	start  *basicBlock
}

func newCFG() *cfg { return &cfg{blocks: make(map[int]*basicBlock)} }

func (g *cfg) node(name int) *basicBlock {
	if bb, ok := g.blocks[name]; ok {
		return bb
	}
	bb := &basicBlock{name: name}
	if len(g.blocks) == 0 {
		g.start = bb
	}
	g.blocks[name] = bb
	return bb
}

func (g *cfg) connect(from, to int) {
	a, b := g.node(from), g.node(to)
	a.outEdges = append(a.outEdges, b)
	b.inEdges = append(b.inEdges, a)
}

type simpleLoop struct {
	blocks       map[*basicBlock]bool
	children     map[*simpleLoop]bool
	parent       *simpleLoop
	header       *basicBlock
	isRoot       bool
	isReducible  bool
	depthLevel   int
	nestingLevel int
}

func (l *simpleLoop) setParent(p *simpleLoop) {
	l.parent = p
	p.children[l] = true
}

type loopGraph struct {
	loops []*simpleLoop
	root  *simpleLoop
}

func newLoop() *simpleLoop {
	return &simpleLoop{blocks: make(map[*basicBlock]bool), children: make(map[*simpleLoop]bool)}
}

func newLoopGraph() *loopGraph {
	root := newLoop()
	root.isRoot = true
	return &loopGraph{loops: []*simpleLoop{root}, root: root}
}

func (g *loopGraph) nesting() {
	for _, l := range g.loops {
		if !l.isRoot && l.parent == nil {
			l.setParent(g.root)
		}
	}
	nestingRec(g.root, 0)
}

func nestingRec(l *simpleLoop, depth int) {
	l.depthLevel = depth
	for c := range l.children {
		nestingRec(c, depth+1)
		if 1+c.nestingLevel > l.nestingLevel {
			l.nestingLevel = 1 + c.nestingLevel
		}
	}
}

type ufNode struct {
	parent *ufNode
	bb     *basicBlock
	loop   *simpleLoop
	dfs    int
}

func (u *ufNode) findSet() *ufNode {
	var path []*ufNode
	n := u
	for n != n.parent {
		if n.parent != n.parent.parent {
			path = append(path, n)
		}
		n = n.parent
	}
	for _, p := range path {
		p.parent = n.parent
	}
	return n
}

const (
	bbNonHeader = iota
	bbReducible
	bbSelf
	bbIrreducible
	bbDead
	unvisited = -1
)

func dfs(cur *basicBlock, nodes []*ufNode, number map[*basicBlock]int, last []int, current int) int {
	nodes[current] = &ufNode{bb: cur, dfs: current}
	nodes[current].parent = nodes[current]
	number[cur] = current
	lastID := current
	for _, t := range cur.outEdges {
		if number[t] == unvisited {
			lastID = dfs(t, nodes, number, last, lastID+1)
		}
	}
	last[number[cur]] = lastID
	return lastID
}

func isAncestor(w, v int, last []int) bool { return w <= v && v <= last[w] }

func findLoops(g *cfg, lsg *loopGraph) int {
	size := len(g.blocks)
	nonBack := make([]map[int]bool, size)
	backPreds := make([][]int, size)
	number := make(map[*basicBlock]int)
	types := make([]int, size)
	last := make([]int, size)
	nodes := make([]*ufNode, size)
	for _, bb := range g.blocks {
		number[bb] = unvisited
	}
	dfs(g.start, nodes, number, last, 0)
	for w := 0; w < size; w++ {
		nonBack[w] = make(map[int]bool)
		if nodes[w] == nil {
			types[w] = bbDead
			continue
		}
		for _, pred := range nodes[w].bb.inEdges {
			v := number[pred]
			if v == unvisited {
				continue
			}
			if isAncestor(w, v, last) {
				backPreds[w] = append(backPreds[w], v)
			} else {
				nonBack[w][v] = true
			}
		}
	}
	for w := size - 1; w >= 0; w-- {
		if nodes[w] == nil {
			continue
		}
		var pool []*ufNode
		for _, v := range backPreds[w] {
			if v != w {
				pool = append(pool, nodes[v].findSet())
			} else {
				types[w] = bbSelf
			}
		}
		work := append([]*ufNode(nil), pool...)
		if len(pool) != 0 {
			types[w] = bbReducible
		}
		for len(work) > 0 {
			x := work[0]
			work = work[1:]
			for it := range nonBack[x.dfs] {
				yd := nodes[it].findSet()
				if !isAncestor(w, yd.dfs, last) {
					types[w] = bbIrreducible
					nonBack[w][yd.dfs] = true
				} else if yd.dfs != w && !inPool(pool, yd) {
					work = append(work, yd)
					pool = append(pool, yd)
				}
			}
		}
		if len(pool) > 0 || types[w] == bbSelf {
			loop := newLoop()
			loop.header = nodes[w].bb
			loop.blocks[nodes[w].bb] = true
			loop.isReducible = types[w] != bbIrreducible
			nodes[w].loop = loop
			for _, n := range pool {
				n.parent = nodes[w]
				if n.loop != nil {
					n.loop.setParent(loop)
				} else {
					loop.blocks[n.bb] = true
				}
			}
			lsg.loops = append(lsg.loops, loop)
		}
	}
	return len(lsg.loops) - 1
}

func inPool(pool []*ufNode, n *ufNode) bool {
	for _, p := range pool {
		if p == n {
			return true
		}
	}
	return false
}

func buildDiamond(g *cfg, start int) int {
	g.connect(start, start+1)
	g.connect(start, start+2)
	g.connect(start+1, start+3)
	g.connect(start+2, start+3)
	return start + 3
}

func buildStraight(g *cfg, start, n int) int {
	for i := 0; i < n; i++ {
		g.connect(start+i, start+i+1)
	}
	return start + n
}

func buildBaseLoop(g *cfg, from int) int {
	header := buildStraight(g, from, 1)
	d1 := buildDiamond(g, header)
	d11 := buildStraight(g, d1, 1)
	d2 := buildDiamond(g, d11)
	footer := buildStraight(g, d2, 1)
	g.connect(d2, d11)
	g.connect(d1, header)
	g.connect(footer, from)
	return buildStraight(g, footer, 1)
}

func buildGraph(trees, perTree, baseLoops int) *cfg {
	g := newCFG()
	g.node(0)
	buildBaseLoop(g, 0)
	g.node(1)
	g.connect(0, 2)
	n := 2
	for t := 0; t < trees; t++ {
		g.node(n + 1)
		g.connect(2, n+1)
		n++
		for i := 0; i < perTree; i++ {
			top := n
			n = buildStraight(g, n, 1)
			for j := 0; j < baseLoops; j++ {
				n = buildBaseLoop(g, n)
			}
			bottom := buildStraight(g, n, 1)
			g.connect(n, top)
			n = bottom
		}
		g.connect(n, 1)
	}
	return g
}

func main() {
	passes := 6
	if len(os.Args) > 1 {
		passes, _ = strconv.Atoi(os.Args[1])
	}
	small := newCFG()
	small.node(0)
	buildBaseLoop(small, 0)
	small.node(1)
	small.connect(0, 2)
	dummy := 0
	for i := 0; i < 2000; i++ {
		dummy += findLoops(small, newLoopGraph())
	}
	fmt.Println("dummy loops:", dummy)

	g := buildGraph(10, 20, 25)
	fmt.Println("blocks:", len(g.blocks))
	for p := 0; p < passes; p++ {
		lsg := newLoopGraph()
		n := findLoops(g, lsg)
		lsg.nesting()
		reducible, maxDepth, maxNest, members := 0, 0, 0, 0
		for _, l := range lsg.loops[1:] {
			if l.isReducible {
				reducible++
			}
			if l.depthLevel > maxDepth {
				maxDepth = l.depthLevel
			}
			if l.nestingLevel > maxNest {
				maxNest = l.nestingLevel
			}
			members += len(l.blocks)
		}
		fmt.Printf("pass %d: loops %d reducible %d depth %d nesting %d members %d\n",
			p, n, reducible, maxDepth, maxNest, members)
	}
}
