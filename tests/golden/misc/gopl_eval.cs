// eval: an expression evaluator with Expr interface, Var/literal/unary/binary/call nodes,
// a hand-written lexer (text/scanner stand-in), recursive-descent parser, Check and String.
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Expr interface {
	Eval(env Env) float64
	Check(vars map[Var]bool) error
}

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

func (v Var) Eval(env Env) float64     { return env[v] }
func (l literal) Eval(_ Env) float64   { return float64(l) }
func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}

func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (v Var) Check(vars map[Var]bool) error {
	vars[v] = true
	return nil
}

func (literal) Check(vars map[Var]bool) error { return nil }

func (u unary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-", u.op) {
		return fmt.Errorf("unexpected unary op %q", u.op)
	}
	return u.x.Check(vars)
}

func (b binary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-*/", b.op) {
		return fmt.Errorf("unexpected binary op %q", b.op)
	}
	if err := b.x.Check(vars); err != nil {
		return err
	}
	return b.y.Check(vars)
}

var numParams = map[string]int{"pow": 2, "sin": 1, "sqrt": 1}

func (c call) Check(vars map[Var]bool) error {
	arity, ok := numParams[c.fn]
	if !ok {
		return fmt.Errorf("unknown function %q", c.fn)
	}
	if len(c.args) != arity {
		return fmt.Errorf("call to %s has %d args, want %d", c.fn, len(c.args), arity)
	}
	for _, arg := range c.args {
		if err := arg.Check(vars); err != nil {
			return err
		}
	}
	return nil
}

func (v Var) String() string     { return string(v) }
func (l literal) String() string { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (u unary) String() string   { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = fmt.Sprint(a)
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

// lexer: tokens are identifiers, numbers, or single runes; EOF is token 0.
const (
	tEOF = 0
	tIdent = -1
	tNumber = -2
)

type lexer struct {
	src  []rune
	pos  int
	tok  rune
	text string
}

func (lex *lexer) next() {
	for lex.pos < len(lex.src) && lex.src[lex.pos] == ' ' {
		lex.pos++
	}
	if lex.pos >= len(lex.src) {
		lex.tok, lex.text = tEOF, ""
		return
	}
	start := lex.pos
	r := lex.src[lex.pos]
	switch {
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		for lex.pos < len(lex.src) && (lex.src[lex.pos] >= 'a' && lex.src[lex.pos] <= 'z' || lex.src[lex.pos] >= 'A' && lex.src[lex.pos] <= 'Z' || lex.src[lex.pos] >= '0' && lex.src[lex.pos] <= '9') {
			lex.pos++
		}
		lex.tok = tIdent
	case r >= '0' && r <= '9' || r == '.':
		for lex.pos < len(lex.src) && strings.ContainsRune("0123456789.eE", lex.src[lex.pos]) {
			lex.pos++
		}
		lex.tok = tNumber
	default:
		lex.pos++
		lex.tok = r
	}
	lex.text = string(lex.src[start:lex.pos])
}

type lexPanic string

func (lex *lexer) describe() string {
	switch lex.tok {
	case tEOF:
		return "end of file"
	case tIdent:
		return fmt.Sprintf("identifier %s", lex.text)
	case tNumber:
		return fmt.Sprintf("number %s", lex.text)
	}
	return fmt.Sprintf("%q", rune(lex.tok))
}

func precedence(op rune) int {
	switch op {
	case '*', '/':
		return 2
	case '+', '-':
		return 1
	}
	return 0
}

func Parse(input string) (_ Expr, err error) {
	defer func() {
		switch x := recover().(type) {
		case nil:
		case lexPanic:
			err = fmt.Errorf("%s", x)
		default:
			panic(x)
		}
	}()
	lex := &lexer{src: []rune(input)}
	lex.next()
	e := parseExpr(lex)
	if lex.tok != tEOF {
		return nil, fmt.Errorf("unexpected %s", lex.describe())
	}
	return e, nil
}

func parseExpr(lex *lexer) Expr { return parseBinary(lex, 1) }

func parseBinary(lex *lexer, prec1 int) Expr {
	lhs := parseUnary(lex)
	for prec := precedence(lex.tok); prec >= prec1; prec-- {
		for precedence(lex.tok) == prec {
			op := lex.tok
			lex.next()
			rhs := parseBinary(lex, prec+1)
			lhs = binary{op, lhs, rhs}
		}
	}
	return lhs
}

func parseUnary(lex *lexer) Expr {
	if lex.tok == '+' || lex.tok == '-' {
		op := lex.tok
		lex.next()
		return unary{op, parseUnary(lex)}
	}
	return parsePrimary(lex)
}

func parsePrimary(lex *lexer) Expr {
	switch lex.tok {
	case tIdent:
		id := lex.text
		lex.next()
		if lex.tok != '(' {
			return Var(id)
		}
		lex.next()
		var args []Expr
		if lex.tok != ')' {
			for {
				args = append(args, parseExpr(lex))
				if lex.tok != ',' {
					break
				}
				lex.next()
			}
			if lex.tok != ')' {
				panic(lexPanic(fmt.Sprintf("got %s, want ')'", lex.describe())))
			}
		}
		lex.next()
		return call{id, args}
	case tNumber:
		f, err := strconv.ParseFloat(lex.text, 64)
		if err != nil {
			panic(lexPanic(err.Error()))
		}
		lex.next()
		return literal(f)
	case '(':
		lex.next()
		e := parseExpr(lex)
		if lex.tok != ')' {
			panic(lexPanic(fmt.Sprintf("got %s, want ')'", lex.describe())))
		}
		lex.next()
		return e
	}
	panic(lexPanic(fmt.Sprintf("unexpected %s", lex.describe())))
}

func main() {
	tests := []struct {
		expr string
		env  Env
	}{
		{"sqrt(A / pi)", Env{"A": 87616, "pi": math.Pi}},
		{"pow(x, 3) + pow(y, 3)", Env{"x": 12, "y": 1}},
		{"pow(x, 3) + pow(y, 3)", Env{"x": 9, "y": 10}},
		{"5 / 9 * (F - 32)", Env{"F": -40}},
		{"5 / 9 * (F - 32)", Env{"F": 32}},
		{"-1 + -x", Env{"x": 1}},
		{"-1 - x", Env{"x": 1}},
		{"1 / 0", nil},
		{"x.5", nil},
		{"math.Pi", nil},
		{"!true", nil},
		{"log(10)", nil},
		{"sqrt(1, 2)", nil},
		{"(1 + 2", nil},
		{"2 * 3 ) ", nil},
	}
	for _, test := range tests {
		expr, err := Parse(test.expr)
		if err != nil {
			fmt.Printf("%s: parse error: %v\n", test.expr, err)
			continue
		}
		vars := make(map[Var]bool)
		if err := expr.Check(vars); err != nil {
			fmt.Printf("%s: check error: %v\n", test.expr, err)
			continue
		}
		var names []string
		for v := range vars {
			names = append(names, string(v))
		}
		sort.Strings(names)
		got := fmt.Sprintf("%.6g", expr.Eval(test.env))
		fmt.Printf("%s\t%v\t%s => %s\n", test.expr, names, expr, got)
	}
}
