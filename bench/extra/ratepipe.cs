package main

// A rate-limited pipeline: a producer may emit only on the ticks of a
// time.Ticker with a sub-millisecond period (bursts allowed through a
// token channel refilled by the ticker), a middle stage transforms
// items, and a consumer batches them; a second limiter uses time.Tick
// with a per-item wait. Work per item is small, so the program measures
// ticker wake-ups and channel hand-offs. Prints item counts and a sum
// (never timing-dependent values).

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type job struct {
	id    int
	value int
}

func limitedProducer(n int, period time.Duration, burst int) <-chan job {
	tokens := make(chan struct{}, burst)
	for i := 0; i < burst; i++ {
		tokens <- struct{}{}
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				for i := 0; i < 4; i++ { // refill 4 tokens per tick
					select {
					case tokens <- struct{}{}:
					default:
					}
				}
			case <-stop:
				return
			}
		}
	}()
	out := make(chan job, 16)
	go func() {
		for i := 0; i < n; i++ {
			<-tokens
			out <- job{i, i * 7 % 1000}
		}
		close(stop)
		close(out)
	}()
	return out
}

func transform(in <-chan job) <-chan job {
	out := make(chan job, 16)
	go func() {
		for j := range in {
			j.value = j.value*j.value%9973 + j.id%13
			out <- j
		}
		close(out)
	}()
	return out
}

func batch(in <-chan job, size int) (int, int, int) {
	batches, items, sum := 0, 0, 0
	buf := make([]job, 0, size)
	flush := func() {
		if len(buf) > 0 {
			batches++
			for _, j := range buf {
				sum += j.value
			}
			buf = buf[:0]
		}
	}
	for j := range in {
		items++
		buf = append(buf, j)
		if len(buf) == size {
			flush()
		}
	}
	flush()
	return batches, items, sum
}

func main() {
	n := 40000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	b, items, sum := batch(transform(limitedProducer(n, 100*time.Microsecond, 64)), 50)
	fmt.Println("bursty: batches", b, "items", items, "sum", sum)

	tick := time.Tick(200 * time.Microsecond)
	got := 0
	total := 0
	for i := 0; i < n/20; i++ {
		<-tick
		got++
		total += i % 17
	}
	fmt.Println("ticked:", got, total)
}
