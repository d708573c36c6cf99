package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Account struct {
	mu  sync.Mutex
	bal int
}

type Bank struct {
	accts []*Account
	mu    sync.Mutex
	ops   int
}

func (b *Bank) transfer(from, to, amt int) bool {
	if from == to {
		return false
	}
	a, c := b.accts[from], b.accts[to]
	if from > to {
		a, c = c, a
	}
	a.mu.Lock()
	c.mu.Lock()
	ok := false
	if b.accts[from].bal >= amt {
		b.accts[from].bal -= amt
		b.accts[to].bal += amt
		ok = true
	}
	c.mu.Unlock()
	a.mu.Unlock()
	b.mu.Lock()
	b.ops++
	b.mu.Unlock()
	return ok
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const na = 16
	b := &Bank{}
	for i := 0; i < na; i++ {
		b.accts = append(b.accts, &Account{bal: 1000})
	}
	var wg sync.WaitGroup
	okCount := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			seed := uint32(w*7 + 1)
			for i := 0; i < n; i++ {
				seed = seed*1103515245 + 12345
				f := int(seed>>16) % na
				seed = seed*1103515245 + 12345
				t := int(seed>>16) % na
				if b.transfer(f, t, int(seed>>8)%50) {
					okCount[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, a := range b.accts {
		total += a.bal
	}
	fmt.Println(total, b.ops, okCount[0]+okCount[1]+okCount[2]+okCount[3] > 0)
}
