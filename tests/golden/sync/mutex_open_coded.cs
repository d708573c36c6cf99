// (*sync.Mutex).Lock and Unlock called directly are open-coded: the same
// mutex locked and unlocked through direct calls, a promoted method of an
// embedded Mutex, a method value, defer and the sync.Locker interface,
// under contention from several goroutines; a nil *Mutex panics with a nil
// dereference that recover sees.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

type box struct {
	mu  sync.Mutex
	val []int
}

func (b *box) add(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.val = append(b.val, v)
}

func nilLock(m *sync.Mutex) (err interface{}) {
	defer func() { err = recover() }()
	m.Lock()
	return nil
}

func nilUnlock(b *box) (err interface{}) {
	defer func() { err = recover() }()
	b.mu.Unlock()
	return nil
}

func main() {
	var c counter
	b := &box{}
	var l sync.Locker = &c
	unlock := c.Unlock
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				switch i % 4 {
				case 0:
					c.Lock()
					c.n++
					c.Unlock()
				case 1:
					l.Lock()
					c.n++
					unlock()
				case 2:
					c.Mutex.Lock()
					c.n += 2
					l.Unlock()
				default:
					func() {
						c.Lock()
						defer c.Unlock()
						c.n--
					}()
				}
				if i%1000 == 0 {
					b.add(g)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n, len(b.val), c.TryLock(), c.TryLock())
	c.Unlock()
	fmt.Println(nilLock(nil))
	fmt.Println(nilUnlock(nil))
	var m sync.Mutex
	m.Lock()
	fmt.Println(m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
}
