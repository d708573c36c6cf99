package main

// A map kept at a steady size by deleting its oldest key before each
// insert (an LRU's pattern): deleted slots pile up until a rebuild, and
// lookups of absent keys must step over them. Then a mass delete down to
// a few keys, a full delete and re-insert, and a range that deletes and
// re-adds the key it is at while the map grows under it: every original
// key is produced, and one never touched again exactly once (a re-added
// key counts as new, which Go may produce again).

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	m := make(map[string]int, 100)
	for i := 0; i < 50000; i++ {
		if i >= 1000 {
			delete(m, "k"+strconv.Itoa(i-1000))
		}
		m["k"+strconv.Itoa(i)] = i
	}
	hits, sum := 0, 0
	for i := 48000; i < 51000; i++ {
		if v, ok := m["k"+strconv.Itoa(i)]; ok {
			hits++
			sum += v
		}
	}
	fmt.Println(len(m), hits, sum)

	w := map[int]int{}
	for i := 0; i < 30000; i++ {
		w[i*7919] = i
	}
	for i := 0; i < 30000; i++ {
		if i%1000 != 0 {
			delete(w, i*7919)
		}
	}
	keys := []int{}
	for k, v := range w {
		keys = append(keys, k+v)
	}
	sort.Ints(keys)
	fmt.Println(len(w), keys)
	for k := range w {
		delete(w, k)
	}
	for i := 0; i < 5; i++ {
		w[i] = i * i
	}
	fmt.Println(len(w), w)

	r := map[int]bool{}
	for i := 0; i < 64; i++ {
		r[i] = true
	}
	seen := map[int]int{}
	next := 64
	for k := range r {
		seen[k]++
		if k%2 == 0 {
			delete(r, k)
			r[k] = true
		}
		r[next] = true
		next++
	}
	dup := 0
	for k, c := range seen {
		if k < 64 && k%2 == 1 && c != 1 {
			dup++
		}
	}
	orig := 0
	for k := range seen {
		if k < 64 {
			orig++
		}
	}
	fmt.Println(dup, orig == 64, len(r) == next)
}
