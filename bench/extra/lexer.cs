package main

// Rob Pike's state-function lexer ("Lexical Scanning in Go"): the lexer
// is a loop over `type stateFn func(*lexer) stateFn`, emitting items on
// a channel that a parser goroutine consumes. The input is a generated
// template-like text with {{actions}} holding identifiers, numbers,
// strings and operators; the parser counts items by type and sums the
// numbers with strconv. Prints per-type counts and a checksum.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type itemType int

const (
	itemError itemType = iota
	itemText
	itemLeft
	itemRight
	itemIdent
	itemNumber
	itemString
	itemOp
	itemEOF
)

var names = []string{"error", "text", "left", "right", "ident", "number", "string", "op", "eof"}

type item struct {
	typ itemType
	val string
}

type lexer struct {
	input string
	start int
	pos   int
	width int
	items chan item
}

type stateFn func(*lexer) stateFn

const eof = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup() { l.pos -= l.width }

func (l *lexer) peek() rune {
	r := l.next()
	l.backup()
	return r
}

func (l *lexer) emit(t itemType) {
	l.items <- item{t, l.input[l.start:l.pos]}
	l.start = l.pos
}

func (l *lexer) ignore() { l.start = l.pos }

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items <- item{itemError, fmt.Sprintf(format, args...)}
	return nil
}

func lexText(l *lexer) stateFn {
	for {
		if strings.HasPrefix(l.input[l.pos:], "{{") {
			if l.pos > l.start {
				l.emit(itemText)
			}
			return lexLeft
		}
		if l.next() == eof {
			break
		}
	}
	if l.pos > l.start {
		l.emit(itemText)
	}
	l.emit(itemEOF)
	return nil
}

func lexLeft(l *lexer) stateFn {
	l.pos += 2
	l.emit(itemLeft)
	return lexInside
}

func lexInside(l *lexer) stateFn {
	if strings.HasPrefix(l.input[l.pos:], "}}") {
		l.pos += 2
		l.emit(itemRight)
		return lexText
	}
	switch r := l.next(); {
	case r == eof:
		return l.errorf("unclosed action")
	case r == ' ':
		l.ignore()
	case r == '"':
		return lexString
	case r >= '0' && r <= '9':
		l.backup()
		return lexNumber
	case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127:
		return lexIdent
	case strings.ContainsRune("+-*/=<>|.", r):
		l.emit(itemOp)
	default:
		return l.errorf("bad character %q", r)
	}
	return lexInside
}

func lexIdent(l *lexer) stateFn {
	for {
		r := l.next()
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127) {
			l.backup()
			break
		}
	}
	l.emit(itemIdent)
	return lexInside
}

func lexNumber(l *lexer) stateFn {
	for r := l.peek(); r >= '0' && r <= '9'; r = l.peek() {
		l.next()
	}
	l.emit(itemNumber)
	return lexInside
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '\\':
			l.next()
		case '"':
			l.emit(itemString)
			return lexInside
		case eof:
			return l.errorf("unterminated string")
		}
	}
}

func lex(input string) chan item {
	l := &lexer{input: input, items: make(chan item, 64)}
	go func() {
		for state := stateFn(lexText); state != nil; {
			state = state(l)
		}
		close(l.items)
	}()
	return l.items
}

func generate(n int) string {
	var b strings.Builder
	words := []string{"user", "Name", "count_3", "größe", "x", "items", "πr"}
	seed := uint32(7)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		switch seed >> 29 {
		case 0, 1, 2:
			b.WriteString("some text here, ")
		case 3:
			b.WriteString("{{ .")
			b.WriteString(words[(seed>>10)%7])
			b.WriteString(" }}")
		case 4:
			fmt.Fprintf(&b, "{{%d + %d}}", seed%1000, (seed>>12)%97)
		case 5:
			b.WriteString(`{{"quoted \"str\"" | printf}}`)
		case 6:
			b.WriteString("{{if x < 10}}ünïcödé{{end}}")
		default:
			b.WriteString("\n")
		}
	}
	return b.String()
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	input := generate(n)
	counts := make([]int, len(names))
	sum := 0
	var hash uint32 = 2166136261
	for it := range lex(input) {
		counts[it.typ]++
		if it.typ == itemNumber {
			v, _ := strconv.Atoi(it.val)
			sum += v
		}
		if it.typ == itemError {
			fmt.Println("error:", it.val)
		}
		for i := 0; i < len(it.val); i++ {
			hash = (hash ^ uint32(it.val[i])) * 16777619
		}
	}
	for i, c := range counts {
		fmt.Printf("%s=%d ", names[i], c)
	}
	fmt.Println()
	fmt.Println("sum", sum, "hash", hash, "len", len(input))
}
