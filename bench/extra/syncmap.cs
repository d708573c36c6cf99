package main

// sync.Map and atomic.Value, as a read-mostly cache: 8 goroutines look
// keys up with Load, fill misses with LoadOrStore (string keys, *entry
// values), occasionally Delete; a config snapshot in an atomic.Value is
// replaced by one writer and read by everyone per operation; at the end
// Range counts entries. Prints hit/miss counts (deterministic because
// each goroutine touches only its own keys) and sums.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type entry struct {
	key   string
	value int
}

type config struct {
	version int
	factor  int
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 8
	var cache sync.Map
	var cfg atomic.Value
	cfg.Store(&config{version: 0, factor: 1})
	keys := make([]string, 4096)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i)
	}
	var hits, misses, deletes atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sum := 0
			for i := 0; i < n/workers; i++ {
				c := cfg.Load().(*config)
				// Each worker writes only keys k with k%workers == w.
				k := (i*7+w*13)%len(keys)/workers*workers + w
				key := keys[k]
				if v, ok := cache.Load(key); ok {
					hits.Add(1)
					sum += v.(*entry).value * c.factor
				} else {
					misses.Add(1)
					actual, _ := cache.LoadOrStore(key, &entry{key, k})
					sum += actual.(*entry).value
				}
				if i%1000 == 999 {
					cache.Delete(key)
					deletes.Add(1)
				}
			}
			_ = sum
		}(w)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := 1; v <= 200; v++ {
			cfg.Store(&config{version: v, factor: 1 + v%3})
		}
	}()
	wg.Wait()
	count, total := 0, 0
	cache.Range(func(k, v any) bool {
		count++
		total += v.(*entry).value
		return true
	})
	fmt.Println("hits", hits.Load(), "misses", misses.Load(), "deletes", deletes.Load())
	fmt.Println("entries", count, "total", total, "final config", cfg.Load().(*config).version)
}
