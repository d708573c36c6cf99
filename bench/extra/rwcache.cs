package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := &Cache{m: make(map[int]int)}
	for i := 0; i < 1000; i++ {
		c.m[i] = i
	}
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < n; i++ {
				if v, ok := c.Get((i * (r + 1)) % 1000); ok {
					sums[r] += v & 1
				}
			}
		}(r)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n/10; i++ {
			c.Put(i%1000, (i%1000)+2*(i/1000))
		}
	}()
	wg.Wait()
	total := 0
	for k := 0; k < 1000; k++ {
		v, _ := c.Get(k)
		total += v & 1
	}
	fmt.Println(len(c.m), total, sums[0]+sums[1]+sums[2]+sums[3])
}
