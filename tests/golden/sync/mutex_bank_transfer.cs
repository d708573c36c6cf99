// Transfers between accounts lock two mutexes in id order (no deadlock);
// money is conserved; a wrapped sentinel error.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

// transfer locks both accounts in id order to avoid deadlock
func transfer(from, to *Account, amt int) error {
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amt {
		return fmt.Errorf("transfer %d from %d: %w", amt, from.id, ErrInsufficient)
	}
	from.balance -= amt
	to.balance += amt
	return nil
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var failed int
	var fmu sync.Mutex
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				from := accts[(g+i)%5]
				to := accts[(g+2*i+1)%5]
				if from == to {
					continue
				}
				if err := transfer(from, to, (g*i)%300); err != nil {
					fmu.Lock()
					failed++
					fmu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total conserved:", total == 5000)
	err := transfer(accts[0], accts[1], 1<<40)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
