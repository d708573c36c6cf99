// singleflight: duplicate call suppression (x/sync/singleflight's design).
// A Group keeps map[string]*call under a Mutex; the first caller of a key
// runs the function, later callers wait on the call's WaitGroup and share
// its result. 2*GOMAXPROCS+4 goroutines request keys from a skewed
// distribution; a cache in front of the group (RWMutex) is cleared every
// round so each round recomputes. Checks: every caller got the key's value,
// and the computations counted match the distinct keys per round.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type call struct {
	wg  sync.WaitGroup
	val int
	dup int
}

type group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *group) do(key string, fn func() int) (int, bool) {
	g.mu.Lock()
	if c, ok := g.m[key]; ok {
		c.dup++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, true
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val = fn()
	c.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, false
}

type cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *cache) put(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func expensive(k string, computed *int64) int {
	atomic.AddInt64(computed, 1)
	h := 2166136261
	for i := 0; i < 2000; i++ {
		for j := 0; j < len(k); j++ {
			h = (h ^ int(k[j])) * 16777619 & 0xffffffff
		}
		h ^= i
		if i%500 == 0 {
			runtime.Gosched()
		}
	}
	return h
}

func main() {
	rounds := 300
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i*7919%1000)
	}
	want := make(map[string]int)
	var n0 int64
	for _, k := range keys {
		want[k] = expensive(k, &n0)
	}
	workers := 2*runtime.GOMAXPROCS(0) + 4
	var computed, bad, hits int64
	total := 0
	for r := 0; r < rounds; r++ {
		g := &group{m: make(map[string]*call)}
		c := &cache{m: make(map[string]int)}
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				x := uint32(w*2654435761 + r + 1)
				for i := 0; i < 3000; i++ {
					x ^= x << 13
					x ^= x >> 17
					x ^= x << 5
					k := keys[int(x%64)*int(x>>8%64)/64]
					if v, ok := c.get(k); ok {
						atomic.AddInt64(&hits, 1)
						if v != want[k] {
							atomic.AddInt64(&bad, 1)
						}
						continue
					}
					v, _ := g.do(k, func() int {
						v := expensive(k, &computed)
						c.put(k, v)
						return v
					})
					if v != want[k] {
						atomic.AddInt64(&bad, 1)
					}
				}
			}(w)
		}
		wg.Wait()
		total += len(c.m)
	}
	fmt.Println("rounds", rounds, "distinct", total, "bad", bad)
	fmt.Println("computed at least distinct:", computed >= int64(total), "calls", int64(rounds*workers*3000) >= hits)
	s := 0
	for _, k := range keys {
		s ^= want[k]
	}
	fmt.Println("check", s, "hits>0", hits > 0)
}

