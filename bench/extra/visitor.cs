package main

// A small statement/expression AST walked with the visitor pattern:
// every node's Accept calls back into a Visitor interface (double
// dispatch). An evaluator, a node counter and a printer visit the
// same program, which is built from a generated source loop.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Visitor interface {
	VisitNum(n *Num) int
	VisitVar(v *Var) int
	VisitBin(b *Bin) int
	VisitAssign(a *Assign) int
	VisitSeq(s *Seq) int
}

type Node interface{ Accept(v Visitor) int }

type Num struct{ V int }
type Var struct{ Slot int }
type Bin struct {
	Op   byte
	L, R Node
}
type Assign struct {
	Slot int
	E    Node
}
type Seq struct{ Stmts []Node }

func (n *Num) Accept(v Visitor) int    { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) int    { return v.VisitVar(n) }
func (n *Bin) Accept(v Visitor) int    { return v.VisitBin(n) }
func (n *Assign) Accept(v Visitor) int { return v.VisitAssign(n) }
func (n *Seq) Accept(v Visitor) int    { return v.VisitSeq(n) }

type Eval struct{ vars []int }

func (e *Eval) VisitNum(n *Num) int { return n.V }
func (e *Eval) VisitVar(v *Var) int { return e.vars[v.Slot] }
func (e *Eval) VisitBin(b *Bin) int {
	l, r := b.L.Accept(e), b.R.Accept(e)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r % 1000003
	case '%':
		if r == 0 {
			return l
		}
		return l % r
	}
	panic("bad op")
}
func (e *Eval) VisitAssign(a *Assign) int {
	e.vars[a.Slot] = a.E.Accept(e)
	return e.vars[a.Slot]
}
func (e *Eval) VisitSeq(s *Seq) int {
	last := 0
	for _, st := range s.Stmts {
		last = st.Accept(e)
	}
	return last
}

type Counter struct{ nums, vars, bins, assigns int }

func (c *Counter) VisitNum(n *Num) int { c.nums++; return 0 }
func (c *Counter) VisitVar(v *Var) int { c.vars++; return 0 }
func (c *Counter) VisitBin(b *Bin) int {
	c.bins++
	b.L.Accept(c)
	b.R.Accept(c)
	return 0
}
func (c *Counter) VisitAssign(a *Assign) int { c.assigns++; return a.E.Accept(c) }
func (c *Counter) VisitSeq(s *Seq) int {
	for _, st := range s.Stmts {
		st.Accept(c)
	}
	return 0
}

type Printer struct{ sb strings.Builder }

func (p *Printer) VisitNum(n *Num) int { p.sb.WriteString(strconv.Itoa(n.V)); return 0 }
func (p *Printer) VisitVar(v *Var) int { fmt.Fprintf(&p.sb, "v%d", v.Slot); return 0 }
func (p *Printer) VisitBin(b *Bin) int {
	p.sb.WriteByte('(')
	b.L.Accept(p)
	p.sb.WriteByte(' ')
	p.sb.WriteByte(b.Op)
	p.sb.WriteByte(' ')
	b.R.Accept(p)
	p.sb.WriteByte(')')
	return 0
}
func (p *Printer) VisitAssign(a *Assign) int {
	fmt.Fprintf(&p.sb, "v%d = ", a.Slot)
	a.E.Accept(p)
	p.sb.WriteString("; ")
	return 0
}
func (p *Printer) VisitSeq(s *Seq) int {
	for _, st := range s.Stmts {
		st.Accept(p)
	}
	return 0
}

var seed uint32 = 7

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

func expr(depth int) Node {
	if depth == 0 || rnd(4) == 0 {
		if rnd(2) == 0 {
			return &Num{rnd(100)}
		}
		return &Var{rnd(8)}
	}
	return &Bin{"+-*%"[rnd(4)], expr(depth - 1), expr(depth - 1)}
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	prog := &Seq{}
	for i := 0; i < 40; i++ {
		prog.Stmts = append(prog.Stmts, &Assign{i % 8, expr(7)})
	}
	c := &Counter{}
	prog.Accept(c)
	fmt.Println("nodes", c.nums, c.vars, c.bins, c.assigns)
	e := &Eval{vars: make([]int, 8)}
	for i := range e.vars {
		e.vars[i] = i + 1
	}
	sum := 0
	for r := 0; r < n; r++ {
		sum += prog.Accept(e)
		sum %= 1000000007
	}
	fmt.Println("eval", sum, e.vars)
	p := &Printer{}
	prog.Stmts[0].Accept(p)
	prog.Stmts[1].Accept(p)
	s := p.sb.String()
	if len(s) > 200 {
		s = s[:200]
	}
	fmt.Println(s)
}
