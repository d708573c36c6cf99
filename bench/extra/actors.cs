// actors: bank accounts as actor goroutines, each owning its balance
// and served through a mailbox channel of request structs that carry a
// reply channel. Tellers transfer money with a two-step withdraw/deposit
// protocol (a refused withdraw is counted), query balances, and an
// auditor sums every balance at the end through the same mailboxes.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type opKind int

const (
	withdraw opKind = iota
	deposit
	balance
)

type request struct {
	kind   opKind
	amount int64
	reply  chan response
}

type response struct {
	ok      bool
	balance int64
}

type account struct {
	id      int
	balance int64
	ops     int
	mailbox chan request
}

func (a *account) serve(wg *sync.WaitGroup) {
	defer wg.Done()
	for req := range a.mailbox {
		a.ops++
		switch req.kind {
		case withdraw:
			if a.balance >= req.amount {
				a.balance -= req.amount
				req.reply <- response{true, a.balance}
			} else {
				req.reply <- response{false, a.balance}
			}
		case deposit:
			a.balance += req.amount
			req.reply <- response{true, a.balance}
		case balance:
			req.reply <- response{true, a.balance}
		}
	}
}

func call(a *account, kind opKind, amount int64, reply chan response) response {
	a.mailbox <- request{kind, amount, reply}
	return <-reply
}

func main() {
	n := 150000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const nAccounts, nTellers = 32, 8
	accounts := make([]*account, nAccounts)
	var served sync.WaitGroup
	for i := range accounts {
		accounts[i] = &account{id: i, balance: 1000, mailbox: make(chan request, 16)}
		served.Add(1)
		go accounts[i].serve(&served)
	}
	var tellers sync.WaitGroup
	refused := make([]int, nTellers)
	queried := make([]int64, nTellers)
	for t := 0; t < nTellers; t++ {
		tellers.Add(1)
		go func(t int) {
			defer tellers.Done()
			reply := make(chan response)
			x := uint32(t*7919 + 1)
			for i := 0; i < n; i++ {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				from := accounts[x%nAccounts]
				to := accounts[(x>>8)%nAccounts]
				amt := int64(x>>20) % 300
				if i%10 == 9 {
					queried[t] += call(from, balance, 0, reply).balance % 7
					continue
				}
				if call(from, withdraw, amt, reply).ok {
					call(to, deposit, amt, reply)
				} else {
					refused[t]++
				}
			}
		}(t)
	}
	tellers.Wait()
	reply := make(chan response)
	total := int64(0)
	for _, a := range accounts {
		total += call(a, balance, 0, reply).balance
	}
	for _, a := range accounts {
		close(a.mailbox)
	}
	served.Wait()
	ops, ref, q := 0, 0, int64(0)
	for _, a := range accounts {
		ops += a.ops
	}
	for t := range refused {
		ref += refused[t]
		q += queried[t]
	}
	// Refusals depend on the interleaving; the operation count given
	// them does not.
	expect := nTellers*n + nTellers*(n-n/10) - ref + nAccounts
	fmt.Println(total, ops-expect, q >= 0)
}
