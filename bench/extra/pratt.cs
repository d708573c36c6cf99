// pratt: a calculator language. Random expressions over integers and
// variables (+ - * / % unary minus, parentheses, comparisons, && ||,
// and calls of min/max/abs) are printed to text, tokenised into a
// []token, parsed by a Pratt (precedence-climbing) parser into an AST of
// interface nodes, evaluated against a map[string]int64 environment,
// printed back fully parenthesised and re-parsed; both evaluations must
// agree.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type tokKind int

const (
	tNum tokKind = iota
	tIdent
	tOp
	tLParen
	tRParen
	tComma
	tEOF
)

type token struct {
	kind tokKind
	text string
	num  int64
}

func tokenize(s string, toks []token) []token {
	toks = toks[:0]
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			v, _ := strconv.ParseInt(s[i:j], 10, 64)
			toks = append(toks, token{tNum, s[i:j], v})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: s[i:j]})
			i = j
		case c == '(':
			toks = append(toks, token{kind: tLParen, text: "("})
			i++
		case c == ')':
			toks = append(toks, token{kind: tRParen, text: ")"})
			i++
		case c == ',':
			toks = append(toks, token{kind: tComma, text: ","})
			i++
		default:
			n := 1
			if i+1 < len(s) && strings.Contains("&&||<=>===!=", s[i:i+2]) {
				n = 2
			}
			toks = append(toks, token{kind: tOp, text: s[i : i+n]})
			i += n
		}
	}
	return append(toks, token{kind: tEOF})
}

type node interface {
	eval(env map[string]int64) int64
	write(b *strings.Builder)
}

type num int64
type ident string
type unary struct{ x node }
type binary struct {
	op   string
	l, r node
}
type call struct {
	fn   string
	args []node
}

func (n num) eval(map[string]int64) int64       { return int64(n) }
func (n ident) eval(env map[string]int64) int64 { return env[string(n)] }
func (u *unary) eval(env map[string]int64) int64 { return -u.x.eval(env) }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func (e *binary) eval(env map[string]int64) int64 {
	l := e.l.eval(env)
	switch e.op {
	case "&&":
		if l == 0 {
			return 0
		}
		return b2i(e.r.eval(env) != 0)
	case "||":
		if l != 0 {
			return 1
		}
		return b2i(e.r.eval(env) != 0)
	}
	r := e.r.eval(env)
	switch e.op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	case "/":
		if r == 0 {
			return 0
		}
		return l / r
	case "%":
		if r == 0 {
			return 0
		}
		return l % r
	case "<":
		return b2i(l < r)
	case "<=":
		return b2i(l <= r)
	case ">":
		return b2i(l > r)
	case ">=":
		return b2i(l >= r)
	case "==":
		return b2i(l == r)
	}
	return b2i(l != r)
}

func (c *call) eval(env map[string]int64) int64 {
	a := c.args[0].eval(env)
	switch c.fn {
	case "abs":
		if a < 0 {
			return -a
		}
		return a
	case "min":
		if b := c.args[1].eval(env); b < a {
			return b
		}
		return a
	}
	if b := c.args[1].eval(env); b > a {
		return b
	}
	return a
}

func (n num) write(b *strings.Builder)   { b.WriteString(strconv.FormatInt(int64(n), 10)) }
func (n ident) write(b *strings.Builder) { b.WriteString(string(n)) }
func (u *unary) write(b *strings.Builder) {
	b.WriteString("(-")
	u.x.write(b)
	b.WriteByte(')')
}
func (e *binary) write(b *strings.Builder) {
	b.WriteByte('(')
	e.l.write(b)
	b.WriteString(" " + e.op + " ")
	e.r.write(b)
	b.WriteByte(')')
}
func (c *call) write(b *strings.Builder) {
	b.WriteString(c.fn)
	b.WriteByte('(')
	for i, a := range c.args {
		if i > 0 {
			b.WriteString(", ")
		}
		a.write(b)
	}
	b.WriteByte(')')
}

var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
	"+": 5, "-": 5, "*": 6, "/": 6, "%": 6}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) peek() token { return p.toks[p.pos] }

func (p *parser) expr(minPrec int) node {
	left := p.prefix()
	for {
		t := p.peek()
		prec, ok := precedence[t.text]
		if t.kind != tOp || !ok || prec < minPrec {
			return left
		}
		p.next()
		left = &binary{t.text, left, p.expr(prec + 1)}
	}
}

func (p *parser) prefix() node {
	t := p.next()
	switch t.kind {
	case tNum:
		return num(t.num)
	case tIdent:
		if p.peek().kind != tLParen {
			return ident(t.text)
		}
		p.next()
		c := &call{fn: t.text}
		for {
			c.args = append(c.args, p.expr(1))
			if p.next().kind == tRParen {
				return c
			}
		}
	case tLParen:
		e := p.expr(1)
		p.next()
		return e
	}
	return &unary{p.prefix()}
}

type gen struct{ x uint64 }

func (g *gen) intn(n int) int {
	g.x = g.x*6364136223846793005 + 1442695040888963407
	return int(g.x>>33) % n
}

var ops = []string{"+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "+", "-", "*"}
var vars = []string{"a", "b", "c", "x", "y", "z", "count", "limit"}

func (g *gen) source(b *strings.Builder, depth int) {
	if depth == 0 || g.intn(10) < 2 {
		if g.intn(2) == 0 {
			b.WriteString(strconv.Itoa(g.intn(1000)))
		} else {
			b.WriteString(vars[g.intn(len(vars))])
		}
		return
	}
	switch g.intn(8) {
	case 0:
		b.WriteByte('-')
		g.source(b, depth-1)
	case 1:
		b.WriteByte('(')
		g.source(b, depth-1)
		b.WriteByte(')')
	case 2:
		fns := [...]string{"min", "max", "abs"}
		f := fns[g.intn(3)]
		b.WriteString(f + "(")
		g.source(b, depth-1)
		if f != "abs" {
			b.WriteString(", ")
			g.source(b, depth-1)
		}
		b.WriteByte(')')
	default:
		g.source(b, depth-1)
		b.WriteString(" " + ops[g.intn(len(ops))] + " ")
		g.source(b, depth-1)
	}
}

func main() {
	n := 60000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	env := map[string]int64{"a": 3, "b": -7, "c": 11, "x": 100, "y": 250, "z": -40, "count": 17, "limit": 999}
	g := &gen{x: 1}
	var toks []token
	var sum int64
	mismatches, chars := 0, 0
	for i := 0; i < n; i++ {
		var src strings.Builder
		g.source(&src, 7)
		toks = tokenize(src.String(), toks)
		p := &parser{toks: toks}
		ast := p.expr(1)
		v := ast.eval(env)
		var out strings.Builder
		ast.write(&out)
		toks = tokenize(out.String(), toks)
		if (&parser{toks: toks}).expr(1).eval(env) != v {
			mismatches++
		}
		chars += src.Len() + out.Len()
		sum = sum*31 + v
		env["count"] = int64(i % 50)
	}
	fmt.Println(mismatches, chars, sum)
}
