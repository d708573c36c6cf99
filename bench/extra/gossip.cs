// gossip: push-pull epidemic dissemination among node goroutines in
// synchronous rounds. Each of N nodes owns a set of known rumours as a
// []uint64 bitset and an inbox channel; in a round every node picks a peer
// with its own xorshift generator and sends it a copy of its bitset
// (push) plus a reply channel, and the peer answers with its own bitset
// (pull); both merge by OR. A coordinator runs the rounds with a
// WaitGroup per phase, until every node knows every rumour. Merges are
// order-independent, so the round count is deterministic.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type msg struct {
	bits  []uint64
	reply chan []uint64
}

type node struct {
	id    int
	known []uint64
	inbox chan msg
	rng   uint32
}

func (n *node) pick(N int) int {
	n.rng ^= n.rng << 13
	n.rng ^= n.rng >> 17
	n.rng ^= n.rng << 5
	p := int(n.rng % uint32(N-1))
	if p >= n.id {
		p++
	}
	return p
}

func merge(dst, src []uint64) {
	for i := range dst {
		dst[i] |= src[i]
	}
}

func full(b []uint64, rumours int) bool {
	c := 0
	for _, w := range b {
		for ; w != 0; w &= w - 1 {
			c++
		}
	}
	return c == rumours
}

func simulate(N, rumours int, seed uint32) (int, int) {
	words := (rumours + 63) / 64
	nodes := make([]*node, N)
	for i := range nodes {
		nodes[i] = &node{id: i, known: make([]uint64, words), inbox: make(chan msg, 8), rng: seed + uint32(i)*2654435761}
	}
	for r := 0; r < rumours; r++ {
		k := (r * 7919) % N
		nodes[k].known[r/64] |= 1 << uint(r%64)
	}
	rounds, messages := 0, 0
	for {
		rounds++
		snap := make([][]uint64, N)
		for i, n := range nodes {
			snap[i] = append([]uint64(nil), n.known...)
		}
		targets := make([]int, N)
		incoming := make([]int, N)
		for i, n := range nodes {
			targets[i] = n.pick(N)
			incoming[targets[i]]++
		}
		var wg sync.WaitGroup
		pulled := make([][]uint64, N)
		for i := range nodes {
			wg.Add(2)
			go func(i int) {
				defer wg.Done()
				rep := make(chan []uint64, 1)
				nodes[targets[i]].inbox <- msg{snap[i], rep}
				pulled[i] = <-rep
			}(i)
			go func(n *node, k int, mine []uint64) {
				defer wg.Done()
				acc := make([]uint64, len(mine))
				for ; k > 0; k-- {
					m := <-n.inbox
					m.reply <- mine
					merge(acc, m.bits)
				}
				merge(n.known, acc)
			}(nodes[i], incoming[i], snap[i])
		}
		wg.Wait()
		done := true
		for i, n := range nodes {
			merge(n.known, pulled[i])
			messages += 2
			if !full(n.known, rumours) {
				done = false
			}
		}
		if done {
			return rounds, messages
		}
	}
}

func main() {
	N := 2000
	if len(os.Args) > 1 {
		N, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	for i, rumours := range []int{1, 64, 500, 2000} {
		rounds, msgs := simulate(N, rumours, uint32(i*977+5))
		total += rounds
		fmt.Println("nodes", N, "rumours", rumours, "rounds", rounds, "messages", msgs)
	}
	fmt.Println("total rounds", total)
}
