package main

// Function literals passed as arguments in hot loops, the way Go code
// uses library callbacks: sync.Once per lazily-built object (Do called
// on every access), sort.Search with a predicate capturing the target,
// strings.FieldsFunc/IndexFunc/TrimFunc/Map with closures over local
// state, and a hand-written forEach over a slice. Go keeps such
// closures on the stack; the check is a sum of the results.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

type table struct {
	once  sync.Once
	name  string
	index map[string]int
	keys  []string
}

func (t *table) lookup(key string) int {
	t.once.Do(func() {
		t.index = map[string]int{}
		for i := 0; i < 16; i++ {
			k := t.name + strconv.Itoa(i)
			t.index[k] = i
			t.keys = append(t.keys, k)
		}
		sort.Strings(t.keys)
	})
	return t.index[key]
}

func forEach(xs []int, f func(i, x int)) {
	for i, x := range xs {
		f(i, x)
	}
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	tables := make([]*table, 64)
	for i := range tables {
		tables[i] = &table{name: "t" + strconv.Itoa(i) + "_"}
	}
	sorted := make([]int, 4096)
	for i := range sorted {
		sorted[i] = i*3 + i%7
	}
	line := "  The quick, brown fox; jumps over 13 lazy dogs -- twice!  "
	total := 0
	for i := 0; i < n; i++ {
		t := tables[i%len(tables)]
		total += t.lookup(t.name + "7")

		target := (i * 7919) % (3 * len(sorted))
		total += sort.Search(len(sorted), func(k int) bool { return sorted[k] >= target })

		if i%8 == 0 {
			sep := byte(',' + i%2)
			fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || byte(r) == sep })
			total += len(fields)
			total += strings.IndexFunc(line, func(r rune) bool { return unicode.IsDigit(r) && int(r-'0') > i%3 })
			shift := rune(i % 26)
			total += len(strings.TrimFunc(line, func(r rune) bool { return !unicode.IsLetter(r) || r == 'T'+shift }))
			upper := strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					return 'a' + (r-'a'+shift)%26
				}
				return r
			}, line)
			total += int(upper[5])
		}

		acc := 0
		forEach(sorted[i%4000:i%4000+16], func(j, x int) { acc += x * (j + 1) })
		total += acc & 0xff
	}
	fmt.Println("total", total)
	fmt.Println("keys", tables[3].keys[:4])
}
