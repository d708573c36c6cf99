// gcchurn: garbage-collector pressure with a live heap. A long-lived
// index (map[int]*record, each record holding a []int history and a
// *record link) is kept at a fixed size while records are replaced;
// every step also builds short-lived garbage: a slice of small structs
// with string fields, a temporary map, a joined string. Replaced records
// are dropped (at most one replaced record stays reachable per live
// one, through a link). Checksums come from the live data only.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type record struct {
	id      int
	name    string
	history []int
	link    *record
}

type temp struct {
	key   string
	score int
	next  *temp
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const live = 50000
	index := make(map[int]*record, live)
	var prev *record
	for i := 0; i < live; i++ {
		r := &record{id: i, name: "r" + strconv.Itoa(i), history: make([]int, 0, 4), link: prev}
		index[i] = r
		prev = r
	}
	x := uint64(2463534242)
	rnd := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x >> 1)
	}
	garbage := 0
	for step := 0; step < n; step++ {
		id := rnd() % live
		old := index[id]
		r := &record{id: id, name: old.name, history: append(old.history[:len(old.history):len(old.history)], step), link: index[rnd()%live]}
		if len(r.history) > 16 {
			r.history = append([]int(nil), r.history[8:]...)
		}
		r.link.link = nil // bounds the live heap to at most two records per id
		index[id] = r

		if step%4 == 0 {
			ts := make([]temp, 0, 8)
			var head *temp
			for j := 0; j < 8; j++ {
				t := &temp{key: strconv.Itoa(step + j), score: j, next: head}
				head = t
				ts = append(ts, *t)
			}
			m := make(map[string]int, 8)
			for _, t := range ts {
				m[t.key] += t.score
			}
			parts := make([]string, 0, len(m))
			for t := head; t != nil; t = t.next {
				parts = append(parts, t.key)
			}
			garbage += len(strings.Join(parts, ",")) + len(m)
		}
	}
	sum, hist, chain := 0, 0, 0
	for i := 0; i < live; i++ {
		r := index[i]
		sum += r.id
		hist += len(r.history)
		for _, h := range r.history {
			sum ^= h
		}
		if r.link != nil {
			chain += r.link.id % 7
		}
	}
	fmt.Println(len(index), sum, hist, chain, garbage)
}
