package main

// sync.WaitGroup fan-out over a Mutex-protected map[string]int: 16
// goroutines per round tokenise their share of generated lines and add
// counts under one lock (batched per line), while an RWMutex guards a
// read-mostly stop-word set; then the main goroutine reads the totals.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

var vocab = strings.Fields("the quick brown fox jumps over lazy dog and runs far away from home " +
	"while small birds sing in tall green trees near a quiet river bank under bright sky")

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

type stopSet struct {
	mu sync.RWMutex
	m  map[string]bool
}

func (s *stopSet) has(w string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[w]
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	lines := make([]string, 2000)
	x := uint32(99)
	for i := range lines {
		var sb strings.Builder
		for k := 0; k < 12; k++ {
			x = x*1664525 + 1013904223
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(vocab[int(x>>10)%len(vocab)])
			if x%5 == 0 {
				sb.WriteString(strconv.Itoa(int(x>>20) % 50))
			}
		}
		lines[i] = sb.String()
	}
	c := &counter{m: make(map[string]int)}
	stop := &stopSet{m: map[string]bool{"the": true, "a": true, "and": true, "in": true}}
	const W = 16
	for round := 0; round < n; round++ {
		var wg sync.WaitGroup
		for w := 0; w < W; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				local := make(map[string]int)
				for i := w; i < len(lines); i += W {
					for k := range local {
						delete(local, k)
					}
					for _, f := range strings.Fields(lines[i]) {
						if !stop.has(f) {
							local[f]++
						}
					}
					c.mu.Lock()
					for k, v := range local {
						c.m[k] += v
					}
					c.mu.Unlock()
				}
			}(w)
		}
		wg.Wait()
		if round%40 == 39 {
			stop.mu.Lock()
			stop.m["fox"+strconv.Itoa(round)] = true
			stop.mu.Unlock()
		}
	}
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c.m[keys[i]] != c.m[keys[j]] {
			return c.m[keys[i]] > c.m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	total := 0
	for _, k := range keys {
		total += c.m[k]
	}
	fmt.Println(len(keys), total, keys[:5], c.m[keys[0]])
}
