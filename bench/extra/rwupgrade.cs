// rwupgrade: a read-mostly memo cache behind sync.RWMutex with the
// double-checked upgrade idiom: Get takes RLock, and on a miss drops it,
// takes Lock, checks again, computes and stores. 2*GOMAXPROCS+2 readers
// look up keys from a skewed distribution (most hits), one invalidator
// periodically takes the write lock to evict a stripe of keys. Values
// are structs returned by copy. Each reader sums what it read; the
// values are a pure function of the key, so the sum is deterministic.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type entry struct {
	key   int
	digits int
	hash  uint64
}

type Cache struct {
	mu      sync.RWMutex
	m       map[int]entry
	misses  int
	evicted int
}

func compute(k int) entry {
	h := uint64(14695981039346656037)
	s := strconv.Itoa(k * 2654435761 % 1000000007)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return entry{k, len(s), h}
}

func (c *Cache) Get(k int) entry {
	c.mu.RLock()
	e, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return e
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok {
		return e
	}
	e = compute(k)
	c.m[k] = e
	c.misses++
	return e
}

func (c *Cache) Evict(stripe, of int) {
	c.mu.Lock()
	for k := range c.m {
		if k%of == stripe {
			delete(c.m, k)
			c.evicted++
		}
	}
	c.mu.Unlock()
}

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	readers := 2*runtime.GOMAXPROCS(0) + 2
	c := &Cache{m: make(map[int]entry)}
	sums := make([]uint64, readers)
	per := n / readers
	var wg sync.WaitGroup
	stop := make(chan struct{})
	evictDone := make(chan int)
	go func() {
		rounds := 0
		for {
			select {
			case <-stop:
				evictDone <- rounds
				return
			default:
			}
			c.Evict(rounds%16, 16)
			rounds++
			runtime.Gosched()
		}
	}()
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			x := uint32(r*7 + 1)
			var sum uint64
			for i := 0; i < per; i++ {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				k := int(x % 4096)
				if x&7 == 0 {
					k = int(x % 65536)
				}
				e := c.Get(k)
				sum += e.hash>>32 + uint64(e.digits+e.key)
			}
			sums[r] = sum
		}(r)
	}
	wg.Wait()
	close(stop)
	rounds := <-evictDone
	var total uint64
	for r := 0; r < readers; r++ {
		x := uint32(r*7 + 1)
		var sum uint64
		for i := 0; i < per; i++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			k := int(x % 4096)
			if x&7 == 0 {
				k = int(x % 65536)
			}
			e := compute(k)
			sum += e.hash>>32 + uint64(e.digits+e.key)
		}
		if sum != sums[r] {
			fmt.Println("reader", r, "mismatch")
		}
		total += sum
	}
	fmt.Println("lookups", per*readers, "checksum", total%1000000007, "evictions ran", rounds > 0, "misses >= distinct", c.misses >= len(c.m))
}
