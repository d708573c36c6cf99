// checks: the global source is safe for goroutines (like Go's
// lockedSource). In each phase the goroutines make the same kind of call,
// so together they consume the next stretch of the seed-1 sequence
// whatever the interleaving, and the phase's sum is Go's; the draw after
// the last phase shows that no draw was lost or repeated
package main

import (
	"fmt"
	"math/rand"
	"sync"
)

const workers, each = 8, 5000

// phase runs draw in each worker each times and returns the sum
func phase(draw func() uint64) uint64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var sum uint64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s uint64
			for i := 0; i < each; i++ {
				s += draw()
			}
			mu.Lock()
			sum += s
			mu.Unlock()
		}()
	}
	wg.Wait()
	return sum
}

func main() {
	fmt.Println("Int63", phase(func() uint64 { return uint64(rand.Int63()) }))
	// Intn's rejections depend only on the value drawn
	fmt.Println("Intn", phase(func() uint64 { return uint64(rand.Intn(1000)) }))
	fmt.Println("Float64", phase(func() uint64 { return uint64(rand.Float64() * 1e6) }))
	// 7 bytes per Read: one Int63 each, nothing left over
	fmt.Println("Read", phase(func() uint64 {
		b := make([]byte, 7)
		rand.Read(b)
		s := uint64(0)
		for _, c := range b {
			s += uint64(c)
		}
		return s
	}))
	fmt.Println("next", rand.Int63())
}
