package main

// A hand-written JSON parser and printer: recursive descent over a
// string into any values (map[string]any, []any, float64 via
// strconv.ParseFloat, string with escapes and \u sequences, bool, nil),
// then re-encoded with sorted keys through strings.Builder and
// strconv.Quote / AppendFloat, parsed again and compared. Documents are
// generated with nesting, arrays of records and escapes.
// Prints sizes, node counts and a checksum of the canonical output.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\n', '\t', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) fail(what string) {
	panic(fmt.Sprintf("json: %s at offset %d", what, p.pos))
}

func (p *parser) value() any {
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	p.fail("unexpected character")
	return nil
}

func (p *parser) object() map[string]any {
	p.pos++
	m := map[string]any{}
	p.ws()
	if p.s[p.pos] == '}' {
		p.pos++
		return m
	}
	for {
		p.ws()
		k := p.str()
		p.ws()
		if p.s[p.pos] != ':' {
			p.fail("expected colon")
		}
		p.pos++
		m[k] = p.value()
		p.ws()
		if p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.s[p.pos] != '}' {
			p.fail("expected }")
		}
		p.pos++
		return m
	}
}

func (p *parser) array() []any {
	p.pos++
	var a []any
	p.ws()
	if p.s[p.pos] == ']' {
		p.pos++
		return a
	}
	for {
		a = append(a, p.value())
		p.ws()
		if p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.s[p.pos] != ']' {
			p.fail("expected ]")
		}
		p.pos++
		return a
	}
}

func (p *parser) str() string {
	if p.s[p.pos] != '"' {
		p.fail("expected string")
	}
	p.pos++
	start := p.pos
	for p.pos < len(p.s) && p.s[p.pos] != '"' && p.s[p.pos] != '\\' {
		p.pos++
	}
	if p.s[p.pos] == '"' { // fast path: no escapes
		p.pos++
		return p.s[start : p.pos-1]
	}
	var b strings.Builder
	b.WriteString(p.s[start:p.pos])
	for {
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return b.String()
		case '\\':
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, _ := strconv.ParseUint(p.s[p.pos:p.pos+4], 16, 32)
				p.pos += 4
				b.WriteRune(rune(r))
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
}

func (p *parser) number() float64 {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
	if err != nil {
		p.fail(err.Error())
	}
	return f
}

func encode(b *strings.Builder, v any) int {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		var tmp [32]byte
		b.Write(strconv.AppendFloat(tmp[:0], x, 'g', -1, 64))
	case string:
		if utf8.ValidString(x) {
			b.WriteString(strconv.Quote(x))
		}
	case []any:
		n := 1
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			n += encode(b, e)
		}
		b.WriteByte(']')
		return n
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		n := 1
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k))
			b.WriteByte(':')
			n += encode(b, x[k])
		}
		b.WriteByte('}')
		return n
	}
	return 1
}

func genDoc(b *strings.Builder, seed *uint32, depth int) {
	*seed = *seed*1103515245 + 12345
	r := *seed >> 16
	if depth == 0 {
		switch r % 6 {
		case 0:
			fmt.Fprintf(b, "%d", int(r%100000)-50000)
		case 1:
			fmt.Fprintf(b, "%.4f", float64(r%1000000)/997)
		case 2:
			fmt.Fprintf(b, `"name %d with \"quotes\" and \u00e9\n"`, r%977)
		case 3:
			b.WriteString("true")
		case 4:
			b.WriteString("null")
		default:
			fmt.Fprintf(b, `"plain-%d"`, r%31)
		}
		return
	}
	if r%2 == 0 {
		b.WriteString("[ ")
		for i := 0; i < int(r%5)+1; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			genDoc(b, seed, depth-1)
		}
		b.WriteString(" ]")
		return
	}
	b.WriteString("{\n")
	for i := 0; i < int(r%6)+1; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(b, `  "key%d": `, (int(r)+i*7)%40)
		genDoc(b, seed, depth-1)
	}
	b.WriteString("\n}")
}

func main() {
	n := 1200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint32(1)
	total, nodes := 0, 0
	var hash uint64
	for i := 0; i < n; i++ {
		var src strings.Builder
		genDoc(&src, &seed, 5)
		doc := src.String()
		total += len(doc)
		v := (&parser{s: doc}).value()
		var out strings.Builder
		nodes += encode(&out, v)
		canon := out.String()
		var again strings.Builder
		encode(&again, (&parser{s: canon}).value())
		if again.String() != canon {
			fmt.Println("round trip differs for document", i)
		}
		for j := 0; j < len(canon); j++ {
			hash = hash*1099511628211 ^ uint64(canon[j])
		}
	}
	fmt.Println("input bytes", total, "nodes", nodes, "hash", hash)
}
