// philosophers: dining philosophers three ways. Five goroutines share
// five sync.Mutex forks taken in a global order (no deadlock); then a
// waiter goroutine grants seats through a request channel (at most four
// seated); then forks are buffered channels of capacity one taken with a
// select that backs off by putting the first fork back. Each meal does
// a little arithmetic on the philosopher's own state; totals are checked.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

const seats = 5

type philosopher struct {
	id    int
	meals int
	acc   uint64
}

func (p *philosopher) eat() {
	p.meals++
	x := p.acc + uint64(p.id+1)
	for i := 0; i < 50; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	p.acc = x
}

func mutexForks(rounds int) []*philosopher {
	var forks [seats]sync.Mutex
	ps := make([]*philosopher, seats)
	var wg sync.WaitGroup
	for i := 0; i < seats; i++ {
		ps[i] = &philosopher{id: i}
		wg.Add(1)
		go func(p *philosopher) {
			defer wg.Done()
			a, b := p.id, (p.id+1)%seats
			if a > b {
				a, b = b, a
			}
			for r := 0; r < rounds; r++ {
				forks[a].Lock()
				forks[b].Lock()
				p.eat()
				forks[b].Unlock()
				forks[a].Unlock()
				if r%64 == 0 {
					runtime.Gosched()
				}
			}
		}(ps[i])
	}
	wg.Wait()
	return ps
}

func waiterSeats(rounds int) []*philosopher {
	request := make(chan chan struct{})
	leave := make(chan struct{})
	quit := make(chan struct{})
	go func() {
		seated := 0
		var waiting []chan struct{}
		for {
			select {
			case c := <-request:
				if seated < seats-1 {
					seated++
					c <- struct{}{}
				} else {
					waiting = append(waiting, c)
				}
			case <-leave:
				if len(waiting) > 0 {
					c := waiting[0]
					waiting = waiting[1:]
					c <- struct{}{}
				} else {
					seated--
				}
			case <-quit:
				return
			}
		}
	}()
	var forks [seats]sync.Mutex
	ps := make([]*philosopher, seats)
	var wg sync.WaitGroup
	for i := 0; i < seats; i++ {
		ps[i] = &philosopher{id: i}
		wg.Add(1)
		go func(p *philosopher) {
			defer wg.Done()
			me := make(chan struct{}, 1)
			left, right := p.id, (p.id+1)%seats
			for r := 0; r < rounds; r++ {
				request <- me
				<-me
				forks[left].Lock()
				forks[right].Lock()
				p.eat()
				forks[right].Unlock()
				forks[left].Unlock()
				leave <- struct{}{}
			}
		}(ps[i])
	}
	wg.Wait()
	close(quit)
	return ps
}

func channelForks(rounds int) ([]*philosopher, int) {
	var forks [seats]chan struct{}
	for i := range forks {
		forks[i] = make(chan struct{}, 1)
		forks[i] <- struct{}{}
	}
	ps := make([]*philosopher, seats)
	backoffs := make([]int, seats)
	var wg sync.WaitGroup
	for i := 0; i < seats; i++ {
		ps[i] = &philosopher{id: i}
		wg.Add(1)
		go func(p *philosopher) {
			defer wg.Done()
			left, right := forks[p.id], forks[(p.id+1)%seats]
			for r := 0; r < rounds; {
				<-left
				select {
				case <-right:
					p.eat()
					r++
					right <- struct{}{}
					left <- struct{}{}
				default:
					left <- struct{}{}
					backoffs[p.id]++
					runtime.Gosched()
				}
			}
		}(ps[i])
	}
	wg.Wait()
	total := 0
	for _, b := range backoffs {
		total += b
	}
	return ps, total
}

func summary(ps []*philosopher) (int, uint64) {
	meals, acc := 0, uint64(0)
	for _, p := range ps {
		meals += p.meals
		acc ^= p.acc
	}
	return meals, acc
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	m1, a1 := summary(mutexForks(n))
	m2, a2 := summary(waiterSeats(n / 4))
	ps, backoffs := channelForks(n)
	m3, a3 := summary(ps)
	fmt.Println(m1, a1, m2, a2, m3, a3, backoffs >= 0)
}
