// bank1 (monitor goroutine owning balance), bank2 (binary semaphore channel), bank3 (Mutex),
// with Withdraw built on an unexported deposit, RWMutex reads, and sync.Once lazy init.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

type bank1 struct {
	deposits    chan int
	balances    chan int
	withdrawals chan withdrawal
}

func newBank1() *bank1 {
	b := &bank1{make(chan int), make(chan int), make(chan withdrawal)}
	go b.teller()
	return b
}

func (b *bank1) teller() {
	var balance int
	for {
		select {
		case amount := <-b.deposits:
			balance += amount
		case w := <-b.withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case b.balances <- balance:
		}
	}
}

func (b *bank1) Deposit(amount int) { b.deposits <- amount }
func (b *bank1) Balance() int       { return <-b.balances }
func (b *bank1) Withdraw(amount int) bool {
	ok := make(chan bool)
	b.withdrawals <- withdrawal{amount, ok}
	return <-ok
}

var (
	sema    = make(chan struct{}, 1)
	balance2 int
)

func Deposit2(amount int) {
	sema <- struct{}{}
	balance2 += amount
	<-sema
}

func Balance2() int {
	sema <- struct{}{}
	b := balance2
	<-sema
	return b
}

var (
	mu      sync.RWMutex
	balance3 int
)

func Deposit3(amount int) {
	mu.Lock()
	defer mu.Unlock()
	deposit(amount)
}

func Balance3() int {
	mu.RLock()
	defer mu.RUnlock()
	return balance3
}

func Withdraw3(amount int) bool {
	mu.Lock()
	defer mu.Unlock()
	deposit(-amount)
	if balance3 < 0 {
		deposit(amount)
		return false
	}
	return true
}

func deposit(amount int) { balance3 += amount }

var (
	loadOnce sync.Once
	icons    map[string]string
	loads    int
)

func loadIcons() {
	loads++
	icons = map[string]string{"spades": "♠", "hearts": "♥"}
}

func Icon(name string) string {
	loadOnce.Do(loadIcons)
	return icons[name]
}

func main() {
	b := newBank1()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			b.Deposit(amount)
			Deposit2(amount)
			Deposit3(amount)
		}(i)
	}
	wg.Wait()
	fmt.Println(b.Balance(), Balance2(), Balance3())

	okCount := 0
	var okMu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok1 := b.Withdraw(1000)
			ok3 := Withdraw3(1000)
			okMu.Lock()
			if ok1 {
				okCount++
			}
			if ok3 {
				okCount++
			}
			okMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(okCount, b.Balance(), Balance3(), b.Withdraw(51), Withdraw3(50), Balance3())

	results := make([]string, 10)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = Icon([]string{"spades", "hearts", "clubs"}[i%3])
		}(i)
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Printf("%q loads=%d\n", results, loads)
}
