// closurecomp: an expression language compiled to closures. Source
// text like "(x*3 + y) % 17 - max(x, y/2)" is parsed by recursive
// descent into func(env *[4]int) int values that capture their operand
// closures (closure-of-closures, no AST left at run time), plus
// comparisons returning 0/1 and a cond(c, a, b). Each of 12 formulas is
// evaluated over a grid of x, y and checked against a tree-walking
// interpreter of the same parse on a sample.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type fn func(env *[4]int) int

type node struct {
	op          byte
	val         int
	left, right *node
	args        []*node
	name        string
}

type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos == len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr(level int) *node {
	ops := [][]byte{{'<', '>', '='}, {'+', '-'}, {'*', '/', '%'}}
	if level == len(ops) {
		return p.atom()
	}
	left := p.expr(level + 1)
	for {
		c := p.peek()
		found := false
		for _, o := range ops[level] {
			found = found || o == c
		}
		if !found {
			return left
		}
		p.pos++
		left = &node{op: c, left: left, right: p.expr(level + 1)}
	}
}

func (p *parser) atom() *node {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		n := p.expr(0)
		p.peek()
		p.pos++
		return n
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			p.pos++
		}
		v, _ := strconv.Atoi(p.s[start:p.pos])
		return &node{op: 'n', val: v}
	default:
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z' {
			p.pos++
		}
		name := p.s[start:p.pos]
		if p.peek() != '(' {
			return &node{op: 'v', val: int(name[0] - 'w'), name: name}
		}
		p.pos++
		n := &node{op: 'f', name: name}
		for {
			n.args = append(n.args, p.expr(0))
			if p.peek() == ',' {
				p.pos++
				continue
			}
			p.pos++
			return n
		}
	}
}

func compile(n *node) fn {
	switch n.op {
	case 'n':
		v := n.val
		return func(*[4]int) int { return v }
	case 'v':
		i := n.val
		return func(env *[4]int) int { return env[i] }
	case 'f':
		a := make([]fn, len(n.args))
		for i, x := range n.args {
			a[i] = compile(x)
		}
		switch n.name {
		case "max":
			return func(env *[4]int) int {
				x, y := a[0](env), a[1](env)
				if x > y {
					return x
				}
				return y
			}
		case "abs":
			return func(env *[4]int) int {
				if x := a[0](env); x < 0 {
					return -x
				} else {
					return x
				}
			}
		default: // cond
			return func(env *[4]int) int {
				if a[0](env) != 0 {
					return a[1](env)
				}
				return a[2](env)
			}
		}
	}
	l, r := compile(n.left), compile(n.right)
	switch n.op {
	case '+':
		return func(env *[4]int) int { return l(env) + r(env) }
	case '-':
		return func(env *[4]int) int { return l(env) - r(env) }
	case '*':
		return func(env *[4]int) int { return l(env) * r(env) }
	case '/':
		return func(env *[4]int) int {
			if d := r(env); d != 0 {
				return l(env) / d
			}
			return 0
		}
	case '%':
		return func(env *[4]int) int {
			if d := r(env); d != 0 {
				return l(env) % d
			}
			return 0
		}
	case '<':
		return func(env *[4]int) int { return b2i(l(env) < r(env)) }
	case '>':
		return func(env *[4]int) int { return b2i(l(env) > r(env)) }
	default:
		return func(env *[4]int) int { return b2i(l(env) == r(env)) }
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func eval(n *node, env *[4]int) int {
	switch n.op {
	case 'n':
		return n.val
	case 'v':
		return env[n.val]
	case 'f':
		switch n.name {
		case "max":
			x, y := eval(n.args[0], env), eval(n.args[1], env)
			if x > y {
				return x
			}
			return y
		case "abs":
			x := eval(n.args[0], env)
			if x < 0 {
				return -x
			}
			return x
		default:
			if eval(n.args[0], env) != 0 {
				return eval(n.args[1], env)
			}
			return eval(n.args[2], env)
		}
	}
	l, r := eval(n.left, env), eval(n.right, env)
	switch n.op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		if r == 0 {
			return 0
		}
		return l / r
	case '%':
		if r == 0 {
			return 0
		}
		return l % r
	case '<':
		return b2i(l < r)
	case '>':
		return b2i(l > r)
	}
	return b2i(l == r)
}

var formulas = []string{
	"(x*3 + y) % 17 - max(x, y/2)",
	"x*x - y*y + z",
	"cond(x > y, x - y, y - x) * 2",
	"abs(x - 500) + abs(y - 250) / 3",
	"((x + 1) * (y + 2) * (z + 3)) % 1009",
	"max(max(x, y), z) - (x + y + z) / 3",
	"cond(x % 3 = 0, cond(y % 5 = 0, 15, 3), cond(y % 5 = 0, 5, 0))",
	"(x / 7 + y / 11) * (x % 7 + y % 11)",
	"x*y % 97 + y*z % 89 + z*x % 83",
	"cond((x + y) % 2 = 0, x * 2, y * 3) - z",
	"abs(x*y - 250000) / (1 + z)",
	"(x < y) + (y < z) + (z < x) + (x = y)",
}

func main() {
	size := 2000
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	var total int64
	for fi, src := range formulas {
		p := &parser{s: src}
		tree := p.expr(0)
		f := compile(tree)
		var env [4]int
		var sum int64
		mismatches := 0
		for x := 0; x < size; x++ {
			for y := 0; y < size; y += 2 {
				env[1], env[2], env[3] = x, y, (x^y)&255
				v := f(&env)
				sum += int64(v)
				if (x*size+y)%97 == 0 && eval(tree, &env) != v {
					mismatches++
				}
			}
		}
		fmt.Printf("%2d %-62s %14d %d\n", fi, src, sum, mismatches)
		total += sum
	}
	fmt.Println("total", total)
}
