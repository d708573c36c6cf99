package main

// JSON-like encoding by hand: records with strings, ints, floats, bools
// and nested arrays are appended into a []byte with strconv.AppendInt,
// AppendFloat, AppendQuote and AppendBool, then a small scanner parses
// the numbers and strings back (strconv.ParseFloat, Atoi, Unquote).

import (
	"fmt"
	"os"
	"strconv"
)

type Rec struct {
	ID    int
	Name  string
	Score float64
	OK    bool
	Tags  []string
	Vals  []int
}

func encode(b []byte, r *Rec) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, int64(r.ID), 10)
	b = append(b, `,"name":`...)
	b = strconv.AppendQuote(b, r.Name)
	b = append(b, `,"score":`...)
	b = strconv.AppendFloat(b, r.Score, 'g', -1, 64)
	b = append(b, `,"ok":`...)
	b = strconv.AppendBool(b, r.OK)
	b = append(b, `,"tags":[`...)
	for i, t := range r.Tags {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, t)
	}
	b = append(b, `],"vals":[`...)
	for i, v := range r.Vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, "]}"...)
}

// scan walks the text and sums what it parses: numbers as floats,
// strings by their unquoted length.
func scan(b []byte) (nums float64, strs, count int) {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '"':
			j := i + 1
			for b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			s, err := strconv.Unquote(string(b[i : j+1]))
			if err == nil {
				strs += len(s)
			}
			count++
			i = j + 1
		case c == '-' || c >= '0' && c <= '9':
			j := i
			for j < len(b) && (b[j] == '-' || b[j] == '+' || b[j] == '.' || b[j] == 'e' || b[j] >= '0' && b[j] <= '9') {
				j++
			}
			f, err := strconv.ParseFloat(string(b[i:j]), 64)
			if err == nil {
				nums += f
			}
			count++
			i = j
		default:
			i++
		}
	}
	return
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	names := []string{"alpha", "beta \"quoted\"", "gamma\tTab", "delta/é", "eps\\slash", "zeta"}
	var out []byte
	total := 0
	h := uint32(2166136261)
	var nums float64
	strs, count := 0, 0
	x := uint32(5)
	for i := 0; i < n; i++ {
		x = x*1103515245 + 12345
		r := Rec{ID: i, Name: names[i%len(names)], Score: float64(int(x>>8)%100000) / 997, OK: x&4 == 0,
			Tags: names[i%3 : i%3+2], Vals: []int{int(x >> 20), -i, i * 31}}
		out = encode(out[:0], &r)
		total += len(out)
		for _, c := range out {
			h = (h ^ uint32(c)) * 16777619
		}
		a, s, k := scan(out)
		nums += a
		strs += s
		count += k
	}
	fmt.Println(total, h, count, strs)
	fmt.Printf("%.6e\n", nums)
	fmt.Println(string(out))
}
