// (*sync.RWMutex).RLock and RUnlock called directly are open-coded: readers
// through direct calls, an embedded RWMutex, RLocker and defer, against
// writers, at once; a nil *RWMutex panics with a nil dereference.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	sync.RWMutex
	m map[int]int
}

func (t *table) get(k int) int {
	t.RLock()
	defer t.RUnlock()
	return t.m[k]
}

func nilRLock(rw *sync.RWMutex) (err interface{}) {
	defer func() { err = recover() }()
	rw.RLock()
	return nil
}

func main() {
	t := &table{m: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			rl := t.RLocker()
			for i := 0; i < 20000; i++ {
				switch i % 3 {
				case 0:
					t.RLock()
					sums[r] += len(t.m)
					t.RUnlock()
				case 1:
					rl.Lock()
					sums[r] += len(t.m)
					rl.Unlock()
				default:
					sums[r] += t.get(1) * 0
				}
			}
		}(r)
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				t.Lock()
				t.m[w*1000+i] = i
				t.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(t.m), t.get(1001), sums[0] >= 0)
	fmt.Println(nilRLock(nil))
	t.RLock()
	fmt.Println(t.TryLock(), t.TryRLock())
	t.RUnlock()
	t.RUnlock()
	fmt.Println(t.TryLock())
}
