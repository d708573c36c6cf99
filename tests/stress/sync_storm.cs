// sync under load: a Mutex-protected map and counter, an RWMutex with
// readers checking an invariant writers keep, Once under contention,
// WaitGroup joins, and atomic counters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 100
const iters = 2000

type account struct {
	mu      sync.Mutex
	balance map[string]int
	ops     int
}

type pair struct {
	mu   sync.RWMutex
	a, b int // writers keep a + b == 1000
}

func main() {
	acct := &account{balance: map[string]int{"x": 0, "y": 0}}
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				acct.mu.Lock()
				if (g+i)%2 == 0 {
					acct.balance["x"]++
				} else {
					acct.balance["y"]++
				}
				acct.ops++
				acct.mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("mutex", acct.ops, acct.balance["x"]+acct.balance["y"])

	p := &pair{a: 1000}
	var broken int32
	var reads int64
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < iters/4; i++ {
				if g%10 == 0 {
					p.mu.Lock()
					p.a--
					p.b++
					p.mu.Unlock()
				} else {
					p.mu.RLock()
					if p.a+p.b != 1000 {
						atomic.AddInt32(&broken, 1)
					}
					atomic.AddInt64(&reads, 1)
					p.mu.RUnlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("rwmutex", p.a, p.b, atomic.LoadInt32(&broken), atomic.LoadInt64(&reads))

	var once sync.Once
	var calls int32
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&calls, 1) })
		}()
	}
	wg.Wait()
	fmt.Println("once", calls)

	var hits uint64
	var max int64
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				atomic.AddUint64(&hits, 1)
				v := int64(g*iters + i)
				for {
					old := atomic.LoadInt64(&max)
					if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("atomic", atomic.LoadUint64(&hits), atomic.LoadInt64(&max))
}
