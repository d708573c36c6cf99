// atkin: kostya/benchmarks' "primes". Primes below a bound come from the
// sieve of Atkin (quadratic-form toggles on a []bool, squares of primes
// struck out); their decimal strings go into a trie whose children are
// map[byte]*trieNode; the primes with a given prefix are then found by
// walking the prefix and a breadth-first search below it, and sorted.
// The argument is the sieve bound.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func sieveAtkin(limit int) []int {
	prime := make([]bool, limit+1)
	for x := 1; x*x < limit; x++ {
		for y := 1; y*y < limit; y++ {
			n := 4*x*x + y*y
			if n <= limit && (n%12 == 1 || n%12 == 5) {
				prime[n] = !prime[n]
			}
			n = 3*x*x + y*y
			if n <= limit && n%12 == 7 {
				prime[n] = !prime[n]
			}
			n = 3*x*x - y*y
			if x > y && n <= limit && n%12 == 11 {
				prime[n] = !prime[n]
			}
		}
	}
	for r := 5; r*r < limit; r++ {
		if prime[r] {
			for i := r * r; i < limit; i += r * r {
				prime[i] = false
			}
		}
	}
	out := []int{2, 3}
	for p := 5; p <= limit; p++ {
		if prime[p] {
			out = append(out, p)
		}
	}
	return out
}

type trieNode struct {
	children map[byte]*trieNode
	terminal bool
}

func newTrieNode() *trieNode { return &trieNode{children: make(map[byte]*trieNode)} }

func buildTrie(primes []int) *trieNode {
	root := newTrieNode()
	for _, p := range primes {
		head := root
		for _, ch := range []byte(strconv.Itoa(p)) {
			next, ok := head.children[ch]
			if !ok {
				next = newTrieNode()
				head.children[ch] = next
			}
			head = next
		}
		head.terminal = true
	}
	return root
}

type queued struct {
	node   *trieNode
	prefix string
}

func find(root *trieNode, prefix int) []int {
	s := strconv.Itoa(prefix)
	head := root
	for i := 0; i < len(s); i++ {
		head = head.children[s[i]]
		if head == nil {
			return nil
		}
	}
	var out []int
	queue := []queued{{head, s}}
	for len(queue) > 0 {
		q := queue[0]
		queue = queue[1:]
		if q.node.terminal {
			v, _ := strconv.Atoi(q.prefix)
			out = append(out, v)
		}
		for ch, child := range q.node.children {
			queue = append(queue, queued{child, q.prefix + string(rune(ch))})
		}
	}
	sort.Ints(out)
	return out
}

func main() {
	limit := 5000000
	if len(os.Args) > 1 {
		limit, _ = strconv.Atoi(os.Args[1])
	}
	primes := sieveAtkin(limit)
	fmt.Println("primes:", len(primes), "last:", primes[len(primes)-1])
	trie := buildTrie(primes)
	fmt.Println(find(trie, 32338))
	total := 0
	for prefix := 10; prefix < 100; prefix += 7 {
		total += len(find(trie, prefix))
	}
	fmt.Println("with 2-digit prefixes:", total)
}
