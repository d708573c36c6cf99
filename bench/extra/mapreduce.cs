// mapreduce: word counting as map-reduce over goroutines. A splitter
// cuts generated text into chunks on word boundaries; 6 mappers count
// words of each chunk into a local map[string]int and partition it by
// an FNV-1a hash into 4 per-reducer maps sent on the reducers' channels;
// each reducer merges into its own map[string]int. The result (distinct
// words, top 10 by count then word, a checksum) is sorted with sort.Slice.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const (
	mappers  = 6
	reducers = 4
)

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "an", "el"}

func generate(words int) string {
	var b strings.Builder
	x := uint32(2463534242)
	for i := 0; i < words; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		parts := 1 + int(x%3)
		v := x >> 8
		for p := 0; p < parts; p++ {
			b.WriteString(syllables[v%uint32(len(syllables))])
			v /= 7
		}
		if i%17 == 16 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func split(text string, size int, out chan<- string) {
	for len(text) > 0 {
		end := size
		if end >= len(text) {
			end = len(text)
		} else {
			for end < len(text) && text[end] != ' ' && text[end] != '\n' {
				end++
			}
		}
		out <- text[:end]
		text = text[end:]
	}
	close(out)
}

func mapper(in <-chan string, outs []chan map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for chunk := range in {
		local := make(map[string]int)
		for _, w := range strings.FieldsFunc(chunk, func(r rune) bool { return r == ' ' || r == '.' || r == '\n' }) {
			local[w]++
		}
		parts := make([]map[string]int, reducers)
		for i := range parts {
			parts[i] = make(map[string]int)
		}
		for w, c := range local {
			parts[fnv(w)%reducers][w] += c
		}
		for i, p := range parts {
			outs[i] <- p
		}
	}
}

type wc struct {
	word  string
	count int
}

func main() {
	words := 3000000
	if len(os.Args) > 1 {
		words, _ = strconv.Atoi(os.Args[1])
	}
	text := generate(words)
	chunks := make(chan string, 8)
	go split(text, 16384, chunks)
	outs := make([]chan map[string]int, reducers)
	for i := range outs {
		outs[i] = make(chan map[string]int, 4)
	}
	var mw sync.WaitGroup
	for m := 0; m < mappers; m++ {
		mw.Add(1)
		go mapper(chunks, outs, &mw)
	}
	go func() {
		mw.Wait()
		for _, o := range outs {
			close(o)
		}
	}()
	results := make([]map[string]int, reducers)
	var rw sync.WaitGroup
	for r := 0; r < reducers; r++ {
		rw.Add(1)
		go func(r int) {
			defer rw.Done()
			total := make(map[string]int)
			for part := range outs[r] {
				for w, c := range part {
					total[w] += c
				}
			}
			results[r] = total
		}(r)
	}
	rw.Wait()
	var all []wc
	sum := 0
	for _, m := range results {
		for w, c := range m {
			all = append(all, wc{w, c})
			sum += c
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].word < all[j].word
	})
	fmt.Println("words", sum, "distinct", len(all))
	for _, e := range all[:10] {
		fmt.Printf("%-10s %d\n", e.word, e.count)
	}
	var h uint32
	for _, e := range all {
		h = h*31 + fnv(e.word) ^ uint32(e.count)
	}
	fmt.Println("checksum", h)
}
