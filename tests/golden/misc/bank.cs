// checks: concurrent transfers guarded by a mutex keep the total constant
package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts []int
}

func (b *Bank) Transfer(from, to, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		return false
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return true
}

func main() {
	b := &Bank{accounts: []int{1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				b.Transfer((g+i)%4, (g+2*i+1)%4, i%50)
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range b.accounts {
		total += a
	}
	fmt.Println("total", total)
}
