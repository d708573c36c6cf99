package main

// The Go codewalk's Markov chain text generator: a prefix of two words
// (joined with a space) maps to the list of words that followed it in
// the training text; generation walks the chain from the empty prefix,
// choosing suffixes with a seeded math/rand. The training text is
// generated from a small grammar, so it repeats with variation. The
// check is an FNV-1a hash of the generated text and counts.

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

type Prefix []string

func (p Prefix) String() string { return strings.Join(p, " ") }

func (p Prefix) Shift(word string) {
	copy(p, p[1:])
	p[len(p)-1] = word
}

type Chain struct {
	chain     map[string][]string
	prefixLen int
}

func NewChain(prefixLen int) *Chain {
	return &Chain{make(map[string][]string), prefixLen}
}

func (c *Chain) Build(words []string) {
	p := make(Prefix, c.prefixLen)
	for _, w := range words {
		key := p.String()
		c.chain[key] = append(c.chain[key], w)
		p.Shift(w)
	}
}

func (c *Chain) Generate(n int, r *rand.Rand) string {
	p := make(Prefix, c.prefixLen)
	var words []string
	for i := 0; i < n; i++ {
		choices := c.chain[p.String()]
		if len(choices) == 0 {
			break
		}
		next := choices[r.Intn(len(choices))]
		words = append(words, next)
		p.Shift(next)
	}
	return strings.Join(words, " ")
}

var subjects = []string{"the gopher", "a compiler", "the runtime", "every channel", "my program", "the scheduler", "a goroutine"}
var verbs = []string{"sends", "reads", "compiles", "blocks on", "allocates", "schedules", "closes", "waits for"}
var objects = []string{"a value", "the heap", "its buffer", "a mutex", "the result", "another goroutine", "the map", "a slice"}
var tails = []string{"quickly.", "again.", "at last.", "without a lock.", "in order.", "forever."}

func trainingText(sentences int, r *rand.Rand) []string {
	var b strings.Builder
	for i := 0; i < sentences; i++ {
		b.WriteString(subjects[r.Intn(len(subjects))])
		b.WriteByte(' ')
		b.WriteString(verbs[r.Intn(len(verbs))])
		b.WriteByte(' ')
		b.WriteString(objects[r.Intn(len(objects))])
		b.WriteByte(' ')
		b.WriteString(tails[r.Intn(len(tails))])
		b.WriteByte(' ')
	}
	return strings.Fields(b.String())
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	n := 120000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	r := rand.New(rand.NewSource(42))
	words := trainingText(n, r)
	total := uint64(0)
	for plen := 1; plen <= 3; plen++ {
		c := NewChain(plen)
		c.Build(words)
		text := c.Generate(n, r)
		h := fnv(text)
		total ^= h
		fmt.Printf("prefix %d: %d prefixes, %d bytes, hash %016x\n", plen, len(c.chain), len(text), h)
	}
	fmt.Printf("words %d, combined %016x\n", len(words), total)
}
