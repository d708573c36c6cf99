package main

// A small Lisp interpreter: a reader producing cons cells, symbols and
// integers behind a Value interface, environments as linked frames of
// slices, special forms (quote, if, define, lambda, let, begin) in a
// switch on interned symbols, builtins as Go closures, user lambdas as
// closures over their defining environment. It runs recursive fib,
// tak, a list-building quicksort and a tail-recursive loop.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol struct{ name string }
type Int int
type Cons struct{ car, cdr Value }
type Builtin func(args []Value) Value
type Lambda struct {
	params []*Symbol
	body   Value
	env    *Env
}

var symbols = map[string]*Symbol{}

func intern(name string) *Symbol {
	if s, ok := symbols[name]; ok {
		return s
	}
	s := &Symbol{name}
	symbols[name] = s
	return s
}

var (
	symQuote  = intern("quote")
	symIf     = intern("if")
	symDefine = intern("define")
	symLambda = intern("lambda")
	symLet    = intern("let")
	symBegin  = intern("begin")
	symTrue   = intern("t")
)

type Env struct {
	names  []*Symbol
	values []Value
	outer  *Env
}

func (e *Env) lookup(s *Symbol) Value {
	for ; e != nil; e = e.outer {
		for i, n := range e.names {
			if n == s {
				return e.values[i]
			}
		}
	}
	panic("unbound symbol " + s.name)
}

func (e *Env) define(s *Symbol, v Value) {
	e.names = append(e.names, s)
	e.values = append(e.values, v)
}

// Reader.

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	src = strings.ReplaceAll(src, "'", " ' ")
	return strings.Fields(src)
}

func read(toks []string, pos int) (Value, int) {
	t := toks[pos]
	pos++
	switch t {
	case "(":
		var items []Value
		for toks[pos] != ")" {
			var v Value
			v, pos = read(toks, pos)
			items = append(items, v)
		}
		return list(items...), pos + 1
	case "'":
		v, p := read(toks, pos)
		return list(symQuote, v), p
	}
	if n, err := strconv.Atoi(t); err == nil {
		return Int(n), pos
	}
	return intern(t), pos
}

func list(items ...Value) Value {
	var v Value
	for i := len(items) - 1; i >= 0; i-- {
		v = &Cons{items[i], v}
	}
	return v
}

// Evaluator.

func eval(x Value, env *Env) Value {
	for {
		switch v := x.(type) {
		case *Symbol:
			return env.lookup(v)
		case Int:
			return v
		case nil:
			return nil
		case *Cons:
			if head, ok := v.car.(*Symbol); ok {
				switch head {
				case symQuote:
					return v.cdr.(*Cons).car
				case symIf:
					rest := v.cdr.(*Cons)
					branches := rest.cdr.(*Cons)
					if eval(rest.car, env) != nil {
						x = branches.car
					} else if branches.cdr != nil {
						x = branches.cdr.(*Cons).car
					} else {
						return nil
					}
					continue
				case symDefine:
					rest := v.cdr.(*Cons)
					env.define(rest.car.(*Symbol), eval(rest.cdr.(*Cons).car, env))
					return nil
				case symLambda:
					rest := v.cdr.(*Cons)
					var params []*Symbol
					for p := rest.car; p != nil; p = p.(*Cons).cdr {
						params = append(params, p.(*Cons).car.(*Symbol))
					}
					return &Lambda{params, rest.cdr.(*Cons).car, env}
				case symLet:
					rest := v.cdr.(*Cons)
					inner := &Env{outer: env}
					for b := rest.car; b != nil; b = b.(*Cons).cdr {
						pair := b.(*Cons).car.(*Cons)
						inner.define(pair.car.(*Symbol), eval(pair.cdr.(*Cons).car, env))
					}
					x, env = rest.cdr.(*Cons).car, inner
					continue
				case symBegin:
					body := v.cdr.(*Cons)
					for body.cdr != nil {
						eval(body.car, env)
						body = body.cdr.(*Cons)
					}
					x = body.car
					continue
				}
			}
			fn := eval(v.car, env)
			var args []Value
			for a := v.cdr; a != nil; a = a.(*Cons).cdr {
				args = append(args, eval(a.(*Cons).car, env))
			}
			switch f := fn.(type) {
			case Builtin:
				return f(args)
			case *Lambda:
				env = &Env{names: f.params, values: args, outer: f.env}
				x = f.body
				continue
			default:
				panic(fmt.Sprintf("not a function: %v", fn))
			}
		default:
			panic(fmt.Sprintf("cannot evaluate %T", x))
		}
	}
}

func truth(b bool) Value {
	if b {
		return symTrue
	}
	return nil
}

func globals() *Env {
	env := &Env{}
	arith := func(op func(a, b Int) Int) Builtin {
		return func(args []Value) Value {
			acc := args[0].(Int)
			for _, a := range args[1:] {
				acc = op(acc, a.(Int))
			}
			return acc
		}
	}
	env.define(intern("+"), arith(func(a, b Int) Int { return a + b }))
	env.define(intern("-"), arith(func(a, b Int) Int { return a - b }))
	env.define(intern("*"), arith(func(a, b Int) Int { return a * b }))
	env.define(symTrue, symTrue)
	env.define(intern("%"), arith(func(a, b Int) Int { return a % b }))
	env.define(intern("<"), Builtin(func(a []Value) Value { return truth(a[0].(Int) < a[1].(Int)) }))
	env.define(intern("="), Builtin(func(a []Value) Value { return truth(a[0] == a[1]) }))
	env.define(intern("cons"), Builtin(func(a []Value) Value { return &Cons{a[0], a[1]} }))
	env.define(intern("car"), Builtin(func(a []Value) Value { return a[0].(*Cons).car }))
	env.define(intern("cdr"), Builtin(func(a []Value) Value { return a[0].(*Cons).cdr }))
	env.define(intern("null?"), Builtin(func(a []Value) Value { return truth(a[0] == nil) }))
	return env
}

func show(v Value) string {
	switch x := v.(type) {
	case nil:
		return "()"
	case Int:
		return strconv.Itoa(int(x))
	case *Symbol:
		return x.name
	case *Cons:
		parts := []string{}
		for ; x != nil; x, _ = x.cdr.(*Cons) {
			parts = append(parts, show(x.car))
		}
		return "(" + strings.Join(parts, " ") + ")"
	}
	return fmt.Sprintf("#<%T>", v)
}

const prelude = `
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(define tak (lambda (x y z) (if (< y x) (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y)) z)))
(define append2 (lambda (a b) (if (null? a) b (cons (car a) (append2 (cdr a) b)))))
(define filter (lambda (keep xs p) (if (null? xs) '() (if (keep (car xs) p) (cons (car xs) (filter keep (cdr xs) p)) (filter keep (cdr xs) p)))))
(define qsort (lambda (xs) (if (null? xs) '()
  (let ((p (car xs)) (rest (cdr xs)))
    (append2 (qsort (filter (lambda (x p) (< x p)) rest p))
             (cons p (qsort (filter (lambda (x p) (if (< x p) () t)) rest p))))))))
(define range (lambda (i n acc) (if (< i n) (range (+ i 1) n (cons (% (* i 7919) 10007) acc)) acc)))
(define sum (lambda (xs acc) (if (null? xs) acc (sum (cdr xs) (+ acc (car xs))))))
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(define take (lambda (xs n) (if (= n 0) '() (cons (car xs) (take (cdr xs) (- n 1))))))
`

func run(env *Env, src string) Value {
	toks := tokenize(src)
	var result Value
	for pos := 0; pos < len(toks); {
		var form Value
		form, pos = read(toks, pos)
		result = eval(form, env)
	}
	return result
}

func main() {
	n := 25
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	env := globals()
	run(env, prelude)
	fmt.Println("fib:", show(run(env, fmt.Sprintf("(fib %d)", n))))
	fmt.Println("tak:", show(run(env, fmt.Sprintf("(tak %d %d %d)", n/2+6, n/3+4, n/4))))
	fmt.Println("loop:", show(run(env, fmt.Sprintf("(loop %d 0)", n*20000))))
	sorted := run(env, fmt.Sprintf("(qsort (range 0 %d '()))", n*60))
	fmt.Println("qsort head:", show(run(env, "(take "+"'"+show(sorted)+" 5)")))
	fmt.Println("sum:", show(run(env, "(sum '"+show(sorted)+" 0)")))
	fmt.Println("symbols:", len(symbols))
}
