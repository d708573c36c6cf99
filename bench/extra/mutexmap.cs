package main

// A map[int]int behind one sync.Mutex, hammered by 8 goroutines doing
// increments and lookups on overlapping keys.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[int]int
}

func (c *counter) inc(k int) {
	c.mu.Lock()
	c.m[k]++
	c.mu.Unlock()
}

func (c *counter) get(k int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := &counter{m: make(map[int]int)}
	var wg sync.WaitGroup
	seen := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			x := uint32(g*7919 + 1)
			hits := 0
			for i := 0; i < n; i++ {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				k := int(x % 50000)
				if i%4 == 3 {
					if c.get(k) > 0 {
						hits++
					}
				} else {
					c.inc(k)
				}
			}
			seen[g] = hits
		}(g)
	}
	wg.Wait()
	sum, wsum := 0, 0
	for k, v := range c.m {
		sum += v
		wsum += k % 1000 * v
	}
	fmt.Println(len(c.m), sum, wsum, seen[0] > 0)
}
