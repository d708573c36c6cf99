// bfinterp: a Brainfuck interpreter in the style of the kostya/benchmarks
// "brainfuck" program: the source is parsed into a slice of ops with the
// bracket jumps precomputed and runs of +,-,<,> folded, then run on a
// byte tape. The program run is generated: nested counting loops whose
// trip count grows with n, plus "Hello World!" printed into a buffer.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const (
	opAdd = iota
	opMove
	opOut
	opOpen
	opClose
	opClear
)

type op struct {
	kind int
	arg  int
}

type machine struct {
	tape []byte
	pos  int
	out  []byte
}

func parse(src string) []op {
	var ops []op
	var stack []int
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '+', '-', '<', '>':
			d := 1
			if c == '-' || c == '<' {
				d = -1
			}
			kind := opAdd
			if c == '<' || c == '>' {
				kind = opMove
			}
			if n := len(ops); n > 0 && ops[n-1].kind == kind {
				ops[n-1].arg += d
			} else {
				ops = append(ops, op{kind, d})
			}
		case '.':
			ops = append(ops, op{opOut, 0})
		case '[':
			if i+2 < len(src) && src[i+1] == '-' && src[i+2] == ']' {
				ops = append(ops, op{opClear, 0})
				i += 2
				continue
			}
			stack = append(stack, len(ops))
			ops = append(ops, op{opOpen, 0})
		case ']':
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ops[open].arg = len(ops)
			ops = append(ops, op{opClose, open})
		}
	}
	return ops
}

func (m *machine) run(ops []op) {
	for pc := 0; pc < len(ops); pc++ {
		o := ops[pc]
		switch o.kind {
		case opAdd:
			m.tape[m.pos] += byte(o.arg)
		case opMove:
			m.pos += o.arg
			for m.pos >= len(m.tape) {
				m.tape = append(m.tape, 0)
			}
		case opOut:
			m.out = append(m.out, m.tape[m.pos])
		case opOpen:
			if m.tape[m.pos] == 0 {
				pc = o.arg
			}
		case opClose:
			if m.tape[m.pos] != 0 {
				pc = o.arg
			}
		case opClear:
			m.tape[m.pos] = 0
		}
	}
}

// counter builds loops nested three deep: cell0 = a, each pass sets
// cell1 = b, each of those sets cell2 = 255 and counts it down,
// adding one to cell3 every 255 steps (cell3 wraps mod 256).
func counter(a, b int) string {
	var sb strings.Builder
	sb.WriteString(strings.Repeat("+", a))
	sb.WriteString("[>")
	sb.WriteString(strings.Repeat("+", b))
	sb.WriteString("[>-[-]-[->+<]>>+<<<-]<-]")
	sb.WriteString(">>>.")
	return sb.String()
}

const hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."

func main() {
	n := 800
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	var last []byte
	for r := 1; r <= n; r++ {
		m := &machine{tape: make([]byte, 8)}
		m.run(parse(counter(r%20+5, 40)))
		h := &machine{tape: make([]byte, 8)}
		h.run(parse(hello))
		m.out = append(m.out, h.out...)
		for _, b := range m.out {
			total = total*31 + int(b)
			total %= 1000000007
		}
		last = m.out
	}
	fmt.Printf("%d %q\n", total, string(last[len(last)-13:]))
}
