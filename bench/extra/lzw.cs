package main

// LZW compression and decompression: the encoder's dictionary is a
// map[string]int keyed by growing substrings of the input (string
// slicing, no copies until insertion), codes go out as []int; the
// decoder rebuilds entries as []byte appends and writes into a
// bytes-like []byte output. The input is generated text with repeats,
// plus a random-ish block. Prints sizes, the round-trip check and a hash.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func compress(s string) []int {
	dict := make(map[string]int, 4096)
	for i := 0; i < 256; i++ {
		dict[string(rune(i))] = i
	}
	// Bytes >= 128 would become 2-byte strings above; key single bytes
	// by a one-byte slice of a table instead.
	var table [256]byte
	for i := range table {
		table[i] = byte(i)
	}
	all := string(table[:])
	for i := 128; i < 256; i++ {
		delete(dict, string(rune(i)))
		dict[all[i:i+1]] = i
	}
	next := 256
	var out []int
	start := 0
	for i := 1; i <= len(s); i++ {
		if i < len(s) {
			if _, ok := dict[s[start:i+1]]; ok {
				continue
			}
		}
		out = append(out, dict[s[start:i]])
		if i < len(s) {
			if next < 1<<16 {
				dict[s[start:i+1]] = next
				next++
			}
		}
		start = i
	}
	return out
}

func decompress(codes []int) []byte {
	entries := make([][]byte, 256, 1<<16)
	for i := range entries {
		entries[i] = []byte{byte(i)}
	}
	var out []byte
	var prev []byte
	for _, c := range codes {
		var cur []byte
		switch {
		case c < len(entries):
			cur = entries[c]
		case c == len(entries) && prev != nil:
			cur = append(append([]byte(nil), prev...), prev[0])
		default:
			panic("bad code " + strconv.Itoa(c))
		}
		out = append(out, cur...)
		if prev != nil && len(entries) < 1<<16 {
			e := make([]byte, len(prev)+1)
			copy(e, prev)
			e[len(prev)] = cur[0]
			entries = append(entries, e)
		}
		prev = cur
	}
	return out
}

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := strings.Fields("the quick brown fox jumps over the lazy dog while a compressor builds its dictionary of phrases über café")
	var b strings.Builder
	seed := uint32(3)
	for b.Len() < n*6 {
		seed = seed*1664525 + 1013904223
		b.WriteString(words[(seed>>8)%uint32(len(words))])
		if seed%7 == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
		if seed%97 == 0 {
			for k := 0; k < 20; k++ {
				seed = seed*1664525 + 1013904223
				b.WriteByte(byte(seed >> 24))
			}
		}
	}
	text := b.String()
	total, hash := 0, uint64(0)
	for round := 0; round < 3; round++ {
		in := text[round*len(text)/7:]
		codes := compress(in)
		back := decompress(codes)
		if string(back) != in {
			fmt.Println("round trip failed in round", round)
		}
		total += len(codes)
		for _, c := range codes {
			hash = hash*31 + uint64(c)
		}
		fmt.Printf("round %d: %d bytes -> %d codes (%.3f)\n", round, len(in), len(codes), float64(len(codes))*2/float64(len(in)))
	}
	fmt.Println("total codes", total, "hash", hash)
}
