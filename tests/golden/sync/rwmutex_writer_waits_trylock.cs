package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

func main() {
	c := &Cache{data: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i%3), i)
			c.Get("k0")
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.data))
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	locked := make(chan bool)
	go func() {
		rw.Lock()
		locked <- true
		rw.Unlock()
	}()
	select {
	case <-locked:
		fmt.Println("writer got in early")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("writer waits for readers")
	}
	rw.RUnlock()
	rw.RUnlock()
	<-locked
	fmt.Println("writer done")
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
}
