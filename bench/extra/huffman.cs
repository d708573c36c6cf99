package main

// Huffman coding: byte frequencies of a generated text, a code tree
// built with container/heap (ties broken by a sequence number so the
// tree is deterministic), canonical code lengths, bit-packed encoding
// into a []byte and decoding by walking the tree. Prints the code
// lengths of common bytes, the encoded size and whether the round trip
// matched.

import (
	"container/heap"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type node struct {
	freq        int
	seq         int
	sym         byte
	left, right *node
}

type nodeHeap []*node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].seq < h[j].seq
}
func (h nodeHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x interface{}) { *h = append(*h, x.(*node)) }
func (h *nodeHeap) Pop() interface{} {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func buildTree(freq *[256]int) *node {
	h := &nodeHeap{}
	seq := 0
	for s, f := range freq {
		if f > 0 {
			*h = append(*h, &node{freq: f, seq: seq, sym: byte(s)})
			seq++
		}
	}
	heap.Init(h)
	for h.Len() > 1 {
		a := heap.Pop(h).(*node)
		b := heap.Pop(h).(*node)
		heap.Push(h, &node{freq: a.freq + b.freq, seq: seq, left: a, right: b})
		seq++
	}
	return heap.Pop(h).(*node)
}

type code struct {
	bits uint64
	n    uint
}

func assign(t *node, c code, table *[256]code) {
	if t.left == nil {
		if c.n == 0 {
			c.n = 1
		}
		table[t.sym] = c
		return
	}
	assign(t.left, code{c.bits << 1, c.n + 1}, table)
	assign(t.right, code{c.bits<<1 | 1, c.n + 1}, table)
}

func encode(text []byte, table *[256]code) ([]byte, int) {
	out := make([]byte, 0, len(text)/2)
	var acc uint64
	var nacc uint
	total := 0
	for _, b := range text {
		c := table[b]
		acc = acc<<c.n | c.bits
		nacc += c.n
		total += int(c.n)
		for nacc >= 8 {
			nacc -= 8
			out = append(out, byte(acc>>nacc))
		}
	}
	if nacc > 0 {
		out = append(out, byte(acc<<(8-nacc)))
	}
	return out, total
}

func decode(data []byte, nbits int, root *node, out []byte) []byte {
	t := root
	for i := 0; i < nbits; i++ {
		if data[i>>3]&(0x80>>uint(i&7)) != 0 {
			t = t.right
		} else {
			t = t.left
		}
		if t.left == nil {
			out = append(out, t.sym)
			t = root
		}
	}
	return out
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := strings.Fields("the quick brown fox jumps over a lazy dog while seven " +
		"zebras quietly vex jumpy kings; PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS, 0123456789!")
	text := make([]byte, 0, n+16)
	x := uint32(7)
	for len(text) < n {
		x = x*1103515245 + 12345
		w := words[(x>>16)%uint32(len(words))]
		if (x>>8)%5 == 0 {
			w = words[(x>>20)%7]
		}
		text = append(text, w...)
		text = append(text, ' ')
	}
	text = text[:n]
	var freq [256]int
	for _, b := range text {
		freq[b]++
	}
	root := buildTree(&freq)
	var table [256]code
	assign(root, code{}, &table)
	for _, s := range []byte(" etoz0!J") {
		fmt.Printf("%q:%d ", s, table[s].n)
	}
	fmt.Println()
	enc, nbits := encode(text, &table)
	dec := decode(enc, nbits, root, make([]byte, 0, n))
	same := string(dec) == string(text)
	fmt.Println("bytes", n, "bits", nbits, "encoded", len(enc), "roundtrip", same)
	rounds := 0
	for i := 0; i < 5000; i++ {
		freq[text[i*97%n]] += i
		root = buildTree(&freq)
		assign(root, code{}, &table)
		rounds += int(table['e'].n)
	}
	fmt.Println("rebuilds", rounds)
}
