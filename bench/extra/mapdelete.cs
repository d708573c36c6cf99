// mapdelete: maps that shrink while they are iterated. Each round fills
// map[int]*session and map[string]int, then ranges over them deleting
// the current key when it matches a predicate (expired sessions, rare
// words), rewrites struct values in a map[[2]int]cell through copies,
// drains a map completely by deleting every key during range, refills
// it, and prunes a map[string]map[string]int whose inner maps empty out.
// Only order-free facts (sums, counts) are printed.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type session struct {
	id, lastSeen, hits int
}

type cell struct {
	value, visits int
}

func main() {
	rounds := 30
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	sessions := make(map[int]*session)
	words := make(map[string]int)
	grid := make(map[[2]int]cell)
	groups := make(map[string]map[string]int)
	x := uint32(12345)
	next := func() int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x & 0x7fffffff)
	}
	expired, rare, drained, pruned, cellSum := 0, 0, 0, 0, 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < 20000; i++ {
			id := next() % 50000
			s := sessions[id]
			if s == nil {
				s = &session{id: id}
				sessions[id] = s
			}
			s.lastSeen = r*20000 + i
			s.hits++
			words["w"+strconv.Itoa(next()%30000)]++
			k := [2]int{next() % 100, next() % 100}
			c := grid[k]
			c.value += k[0] - k[1]
			c.visits++
			grid[k] = c
			g := "g" + strconv.Itoa(next()%64)
			if groups[g] == nil {
				groups[g] = make(map[string]int)
			}
			groups[g]["m"+strconv.Itoa(next()%40)]++
		}
		now := (r + 1) * 20000
		for id, s := range sessions {
			if now-s.lastSeen > 30000 || s.hits > 5 {
				expired += id % 7
				delete(sessions, id)
			}
		}
		for w, n := range words {
			if n < 3 {
				rare++
				delete(words, w)
			}
		}
		for k, c := range grid {
			c.value /= 2
			grid[k] = c
			if c.visits > 4 {
				cellSum += c.value
				delete(grid, k)
			}
		}
		for g, inner := range groups {
			for m, n := range inner {
				if n%3 == 0 {
					delete(inner, m)
				}
			}
			if len(inner) < 30 {
				pruned += len(inner)
				delete(groups, g)
			}
		}
		if r%10 == 9 {
			for w := range words {
				drained++
				delete(words, w)
			}
		}
	}
	fmt.Println("expired", expired, "rare", rare, "drained", drained, "pruned", pruned, "cellSum", cellSum)
	fmt.Println("left", len(sessions), len(words), len(grid), len(groups))
}
