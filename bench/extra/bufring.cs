package main

// A ring of 1000 goroutines linked by buffered channels (capacity 8)
// with 256 tokens circulating at once, each carrying a hop budget; a
// node forwards a token to its successor until the budget runs out and
// then reports it on a results channel. Where a token stops does not
// depend on scheduling; prints the number of tokens, total hops and a
// checksum of the stopping nodes.

import (
	"fmt"
	"os"
	"strconv"
)

const nodes = 1000

type token struct {
	id, hops, travelled int
}

type report struct {
	id, node, travelled int
}

func node(id int, in <-chan token, out chan<- token, results chan<- report) {
	for t := range in {
		if t.hops == 0 {
			results <- report{t.id, id, t.travelled}
			continue
		}
		t.hops--
		t.travelled++
		out <- t
	}
}

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const tokens = 256
	chans := make([]chan token, nodes)
	for i := range chans {
		chans[i] = make(chan token, 8)
	}
	results := make(chan report, tokens)
	for i := 0; i < nodes; i++ {
		go node(i, chans[i], chans[(i+1)%nodes], results)
	}
	per := n / tokens
	for t := 0; t < tokens; t++ {
		go func(t int) {
			chans[t*7%nodes] <- token{id: t, hops: per + t%13}
		}(t)
	}
	check, total := 0, 0
	for i := 0; i < tokens; i++ {
		r := <-results
		check += (r.id + 1) * r.node
		total += r.travelled
	}
	for _, c := range chans {
		close(c)
	}
	fmt.Println("tokens", tokens, "hops", total, "check", check)
}
