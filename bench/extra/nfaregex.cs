package main

// Thompson's construction as in Russ Cox's "Regular Expression Matching
// Can Be Simple And Fast": a regexp (literals, '.', '|', '*', '+', '?',
// parentheses) is converted to postfix with explicit concatenation,
// compiled to a graph of *state nodes through fragments whose dangling
// out-pointers are patched via []**state, and simulated over the input
// with two state lists and a generation mark per state. Each pattern
// counts the lines of a generated text it matches anywhere (unanchored:
// a leading ".*"), plus the pathological a?^n a^n against a^n.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const (
	opChar = iota
	opAny
	opSplit
	opMatch
)

type state struct {
	op       int
	c        byte
	out      *state
	out1     *state
	lastList int
}

type frag struct {
	start *state
	outs  []**state
}

func patch(outs []**state, s *state) {
	for _, p := range outs {
		*p = s
	}
}

// toPostfix inserts '#' as the explicit concatenation operator.
func toPostfix(re string) string {
	type paren struct{ nalt, natom int }
	var out []byte
	var stack []paren
	nalt, natom := 0, 0
	for i := 0; i < len(re); i++ {
		c := re[i]
		switch c {
		case '(':
			if natom > 1 {
				natom--
				out = append(out, '#')
			}
			stack = append(stack, paren{nalt, natom})
			nalt, natom = 0, 0
		case '|':
			for natom--; natom > 0; natom-- {
				out = append(out, '#')
			}
			nalt++
		case ')':
			for natom--; natom > 0; natom-- {
				out = append(out, '#')
			}
			for ; nalt > 0; nalt-- {
				out = append(out, '|')
			}
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			nalt, natom = p.nalt, p.natom+1
		case '*', '+', '?':
			out = append(out, c)
		default:
			if natom > 1 {
				natom--
				out = append(out, '#')
			}
			out = append(out, c)
			natom++
		}
	}
	for natom--; natom > 0; natom-- {
		out = append(out, '#')
	}
	for ; nalt > 0; nalt-- {
		out = append(out, '|')
	}
	return string(out)
}

func compile(post string) (*state, int) {
	var stack []frag
	nstates := 0
	newState := func(op int, c byte, out, out1 *state) *state {
		nstates++
		return &state{op: op, c: c, out: out, out1: out1}
	}
	pop := func() frag {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return f
	}
	for i := 0; i < len(post); i++ {
		switch c := post[i]; c {
		case '#':
			e2, e1 := pop(), pop()
			patch(e1.outs, e2.start)
			stack = append(stack, frag{e1.start, e2.outs})
		case '|':
			e2, e1 := pop(), pop()
			s := newState(opSplit, 0, e1.start, e2.start)
			stack = append(stack, frag{s, append(e1.outs, e2.outs...)})
		case '?':
			e := pop()
			s := newState(opSplit, 0, e.start, nil)
			stack = append(stack, frag{s, append(e.outs, &s.out1)})
		case '*':
			e := pop()
			s := newState(opSplit, 0, e.start, nil)
			patch(e.outs, s)
			stack = append(stack, frag{s, []**state{&s.out1}})
		case '+':
			e := pop()
			s := newState(opSplit, 0, e.start, nil)
			patch(e.outs, s)
			stack = append(stack, frag{e.start, []**state{&s.out1}})
		default:
			op := opChar
			if c == '.' {
				op = opAny
			}
			s := newState(op, c, nil, nil)
			stack = append(stack, frag{s, []**state{&s.out}})
		}
	}
	e := pop()
	patch(e.outs, newState(opMatch, 0, nil, nil))
	return e.start, nstates
}

type matcher struct {
	start      *state
	cur, next  []*state
	generation int
}

func (m *matcher) add(list []*state, s *state) []*state {
	if s == nil || s.lastList == m.generation {
		return list
	}
	s.lastList = m.generation
	if s.op == opSplit {
		list = m.add(list, s.out)
		return m.add(list, s.out1)
	}
	return append(list, s)
}

func (m *matcher) match(text string) bool {
	m.generation++
	m.cur = m.add(m.cur[:0], m.start)
	for i := 0; i < len(text); i++ {
		c := text[i]
		m.generation++
		m.next = m.next[:0]
		for _, s := range m.cur {
			if s.op == opMatch {
				return true
			}
			if s.op == opAny || s.c == c {
				m.next = m.add(m.next, s.out)
			}
		}
		m.cur, m.next = m.next, m.cur
		if len(m.cur) == 0 {
			return false
		}
	}
	for _, s := range m.cur {
		if s.op == opMatch {
			return true
		}
	}
	return false
}

func newMatcher(re string) (*matcher, int) {
	start, n := compile(toPostfix(re))
	return &matcher{start: start}, n
}

func genLines(n int) []string {
	words := []string{"go", "gopher", "channel", "select", "defer", "panic", "range", "chan", "func", "goroutine", "map", "struct"}
	seed := uint32(7)
	lines := make([]string, n)
	var b strings.Builder
	for i := range lines {
		b.Reset()
		k := 4 + i%9
		for j := 0; j < k; j++ {
			seed = seed*1664525 + 1013904223
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(seed>>16)%uint32(len(words))])
		}
		lines[i] = b.String()
	}
	return lines
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	lines := genLines(n)
	patterns := []string{
		"gopher",
		"go(pher|routine) chan",
		"(select|range) (map|struct)+ func",
		"p.n.c",
		"(a|e|i|o|u)(a|e|i|o|u)",
		"chan(nel)? (go|defer)* panic",
		"s.r.*t.*f",
		"map map map",
	}
	for _, p := range patterns {
		m, states := newMatcher(".*" + p)
		count := 0
		for _, l := range lines {
			if m.match(l) {
				count++
			}
		}
		fmt.Printf("%-36q %3d states %6d lines\n", p, states, count)
	}
	for k := 10; k <= 30; k += 10 {
		re := strings.Repeat("a?", k) + strings.Repeat("a", k)
		m, states := newMatcher(re)
		hits := 0
		for r := 0; r < n/200; r++ {
			if m.match(strings.Repeat("a", k)) {
				hits++
			}
		}
		fmt.Printf("a?^%d a^%d: %d states, %d matches\n", k, k, states, hits)
	}
}
