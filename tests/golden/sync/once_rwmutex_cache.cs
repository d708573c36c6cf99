package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

var once sync.Once
var cfg map[string]string
var inits int

func config() map[string]string {
	once.Do(func() {
		inits++
		cfg = map[string]string{"mode": "fast"}
	})
	return cfg
}

func main() {
	c := &Cache{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Set(fmt.Sprint(j%10), i*j)
			}
		}(i)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Get(fmt.Sprint(j % 10))
				config()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(c.m), inits, config()["mode"])
	var o sync.Once
	o.Do(func() { fmt.Println("first") })
	o.Do(func() { fmt.Println("second") })
	// Once with panic: counts as done
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		p.Do(func() { panic("boom") })
	}()
	p.Do(func() { fmt.Println("not called") })
	fmt.Println("end")
}
