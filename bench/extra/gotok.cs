package main

// A Go-like tokenizer over generated source: identifiers classified by a
// switch over the 25 keywords and predeclared names (string cases),
// operators by a switch on the first byte with lookahead, numbers and
// string literals scanned bytewise. Token kinds are counted in an array,
// identifiers in a map[string]int, and a second pass re-tokenizes
// through a keyword map lookup to check the switch. The check is the
// counts and the most frequent identifiers.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const (
	tIdent = iota
	tKeyword
	tBuiltin
	tNumber
	tString
	tOp
	tPunct
	numKinds
)

var kindNames = [numKinds]string{"ident", "keyword", "builtin", "number", "string", "op", "punct"}

func classify(word string) int {
	switch word {
	case "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
		"for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
		"return", "select", "struct", "switch", "type", "var":
		return tKeyword
	case "append", "cap", "close", "copy", "delete", "len", "make", "new", "panic", "print",
		"println", "recover", "int", "string", "bool", "byte", "error", "nil", "true", "false":
		return tBuiltin
	}
	return tIdent
}

func isLetter(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// opLen is the length of the operator at src[i:], by its first byte.
func opLen(src string, i int) int {
	next := byte(0)
	if i+1 < len(src) {
		next = src[i+1]
	}
	switch src[i] {
	case ':', '!':
		if next == '=' {
			return 2
		}
	case '+', '-', '&', '|':
		if next == src[i] || next == '=' {
			return 2
		}
	case '<':
		if next == '-' || next == '=' || next == '<' {
			return 2
		}
	case '>', '=', '*', '/', '%', '^':
		if next == '=' || (src[i] == '>' && next == '>') {
			return 2
		}
	}
	return 1
}

type counts struct {
	kinds  [numKinds]int
	idents map[string]int
}

func tokenize(src string, classifyFn func(string) int) counts {
	c := counts{idents: map[string]int{}}
	for i := 0; i < len(src); {
		ch := src[i]
		switch {
		case ch == ' ' || ch == '\n' || ch == '\t':
			i++
		case isLetter(ch):
			j := i + 1
			for j < len(src) && (isLetter(src[j]) || isDigit(src[j])) {
				j++
			}
			word := src[i:j]
			k := classifyFn(word)
			c.kinds[k]++
			if k == tIdent {
				c.idents[word]++
			}
			i = j
		case isDigit(ch):
			j := i + 1
			for j < len(src) && (isDigit(src[j]) || src[j] == '.' || src[j] == 'x') {
				j++
			}
			c.kinds[tNumber]++
			i = j
		case ch == '"':
			j := i + 1
			for src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			c.kinds[tString]++
			i = j + 1
		case strings.IndexByte("(){}[],;.", ch) >= 0:
			c.kinds[tPunct]++
			i++
		default:
			c.kinds[tOp]++
			i += opLen(src, i)
		}
	}
	return c
}

func generate(lines int) string {
	templates := []string{
		"func %s(x int, y string) (int, error) {",
		"\tfor i := 0; i < len(%s); i++ {",
		"\t\tif %s != nil && x >= 10 {",
		"\t\t\treturn append(%s, \"a\\\"b\"), nil",
		"\t\t} else { continue }",
		"\tswitch %s := y.(type) { case int: break; default: panic(\"x\") }",
		"\tch <- %s; v, ok := <-ch; x += 0x1f * 3.5",
		"\tdefer close(%s); go func() { select {} }()",
		"\tvar m = make(map[string]int); m[%s] ^= 7 << 2",
		"}",
	}
	names := []string{"alpha", "beta", "gamma", "delta", "result", "buf", "count", "node", "tree", "err"}
	var b strings.Builder
	seed := uint32(3)
	for i := 0; i < lines; i++ {
		seed = seed*1664525 + 1013904223
		t := templates[i%len(templates)]
		if strings.Contains(t, "%s") {
			name := names[(seed>>12)%uint32(len(names))] + strconv.Itoa(int(seed>>28))
			t = strings.Replace(t, "%s", name, 1)
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	n := 800000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	src := generate(n)
	kw := map[string]int{}
	for _, w := range strings.Fields("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var") {
		kw[w] = tKeyword
	}
	for _, w := range strings.Fields("append cap close copy delete len make new panic print println recover int string bool byte error nil true false") {
		kw[w] = tBuiltin
	}
	var c counts
	for r := 0; r < 3; r++ {
		c = tokenize(src, classify)
	}
	viaMap := tokenize(src, func(w string) int { return kw[w] })
	fmt.Printf("%d bytes, %d lines\n", len(src), n)
	for k, name := range kindNames {
		fmt.Printf("%-8s %8d\n", name, c.kinds[k])
	}
	fmt.Println("switch and map agree:", c.kinds == viaMap.kinds)
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range c.idents {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v || top[i].v == top[j].v && top[i].k < top[j].k })
	fmt.Println("distinct identifiers", len(top), "top:", top[:5])
}
