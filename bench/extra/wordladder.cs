package main

// Word ladders (Lewis Carroll's doublets) by breadth-first search over a
// generated dictionary of 5-letter words on an 8-letter alphabet. Two
// neighbour generators: editing a []byte copy of the word in place and
// looking up m[string(buf)] in a map[string]int (no allocation in Go),
// and wildcard buckets ("ab*de" -> []string) in a map[string][]string
// built once. Each query returns the ladder length and one shortest
// path, rebuilt from a parent map; both methods must agree.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const alphabet = "abcdefgh"

func dictionary(size int) []string {
	seen := map[string]bool{}
	var words []string
	seed := uint32(99)
	buf := make([]byte, 5)
	for len(words) < size {
		for i := range buf {
			seed = seed*1103515245 + 12345
			buf[i] = alphabet[(seed>>16)%uint32(len(alphabet))]
		}
		w := string(buf)
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

func path(parent map[string]string, end string) []string {
	var p []string
	for w := end; w != ""; w = parent[w] {
		p = append(p, w)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

func ladderEdit(dict map[string]int, from, to string) []string {
	parent := map[string]string{from: ""}
	queue := []string{from}
	buf := make([]byte, len(from))
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		if w == to {
			return path(parent, to)
		}
		copy(buf, w)
		for i := range buf {
			orig := buf[i]
			for j := 0; j < len(alphabet); j++ {
				buf[i] = alphabet[j]
				if _, ok := dict[string(buf)]; !ok {
					continue
				}
				if _, seen := parent[string(buf)]; seen {
					continue
				}
				next := string(buf)
				parent[next] = w
				queue = append(queue, next)
			}
			buf[i] = orig
		}
	}
	return nil
}

func buckets(words []string) map[string][]string {
	b := map[string][]string{}
	for _, w := range words {
		for i := range w {
			key := w[:i] + "*" + w[i+1:]
			b[key] = append(b[key], w)
		}
	}
	return b
}

func ladderBuckets(b map[string][]string, from, to string) []string {
	parent := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		if w == to {
			return path(parent, to)
		}
		for i := range w {
			for _, next := range b[w[:i]+"*"+w[i+1:]] {
				if _, seen := parent[next]; !seen {
					parent[next] = w
					queue = append(queue, next)
				}
			}
		}
	}
	return nil
}

func main() {
	n := 60
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := dictionary(6000)
	dict := make(map[string]int, len(words))
	for i, w := range words {
		dict[w] = i
	}
	b := buckets(words)
	total, unreachable, mismatches := 0, 0, 0
	for q := 0; q < n; q++ {
		from, to := words[(q*7919)%len(words)], words[(q*104729+17)%len(words)]
		p1 := ladderEdit(dict, from, to)
		p2 := ladderBuckets(b, from, to)
		if len(p1) != len(p2) {
			mismatches++
		}
		if p1 == nil {
			unreachable++
			continue
		}
		total += len(p1)
		if q%15 == 0 {
			fmt.Printf("%s -> %s: %d steps: %s\n", from, to, len(p1)-1, strings.Join(p1, " "))
		}
	}
	fmt.Printf("%d queries, %d words, %d buckets, total length %d, unreachable %d, mismatches %d\n",
		n, len(words), len(b), total, unreachable, mismatches)
}
