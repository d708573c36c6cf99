package main

// Dijkstra's Hamming problem as a Kahn process network (McIlroy's
// stream style): numbers 2^i 3^j 5^k in increasing order from a
// feedback loop of goroutines. Each output value is sent to one queue
// goroutine per prime (an unbounded buffer behind a select), which
// feeds a scaler goroutine (x2, x3, x5); a tree of two-way merge
// goroutines combines the scaled streams, dropping duplicates, and the
// main goroutine emits the result and feeds it back. The network is
// rebuilt for (2,3,5), (2,3,5,7), (3,5,7) and the 13-smooth numbers.

import (
	"fmt"
	"os"
	"strconv"
)

// queue forwards in to out through an unbounded slice buffer, using a
// select with a nil send channel while the buffer is empty: the
// scalers lag the output by a growing distance, so fixed buffers
// would deadlock the feedback loop.
func queue(in <-chan uint64, out chan<- uint64) {
	var buf []uint64
	for in != nil || len(buf) > 0 {
		var send chan<- uint64
		var head uint64
		if len(buf) > 0 {
			send, head = out, buf[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			buf = append(buf, v)
		case send <- head:
			buf = buf[1:]
		}
	}
	close(out)
}

// scale multiplies by k, saturating at the largest uint64 so that an
// overflow cannot reorder the stream (saturated values merge last).
func scale(k uint64, in <-chan uint64, out chan<- uint64) {
	const ceiling = ^uint64(0)
	for v := range in {
		if v > ceiling/k {
			out <- ceiling
		} else {
			out <- v * k
		}
	}
	close(out)
}

// merge2 merges two increasing streams, emitting equal heads once.
func merge2(a, b <-chan uint64, out chan<- uint64) {
	x, okA := <-a
	y, okB := <-b
	for okA && okB {
		switch {
		case x < y:
			out <- x
			x, okA = <-a
		case y < x:
			out <- y
			y, okB = <-b
		default:
			out <- x
			x, okA = <-a
			y, okB = <-b
		}
	}
	close(out)
	for okA {
		_, okA = <-a
	}
	for okB {
		_, okB = <-b
	}
}

// mergeAll builds a balanced tree of merge2 goroutines.
func mergeAll(ins []chan uint64) chan uint64 {
	if len(ins) == 1 {
		return ins[0]
	}
	mid := len(ins) / 2
	out := make(chan uint64, 64)
	go merge2(mergeAll(ins[:mid]), mergeAll(ins[mid:]), out)
	return out
}

// smooth returns the first n numbers whose prime factors are all in
// primes, starting from 1.
func smooth(primes []uint64, n int) []uint64 {
	feeds := make([]chan uint64, len(primes))
	scaled := make([]chan uint64, len(primes))
	for i, p := range primes {
		feeds[i] = make(chan uint64, 16)
		queued := make(chan uint64, 16)
		scaled[i] = make(chan uint64, 64)
		go queue(feeds[i], queued)
		go scale(p, queued, scaled[i])
	}
	merged := mergeAll(scaled)
	result := make([]uint64, 0, n)
	emit := func(v uint64) {
		result = append(result, v)
		for _, f := range feeds {
			f <- v
		}
	}
	// The tee: every output value goes back to each scaler's queue.
	emit(1)
	for len(result) < n {
		emit(<-merged)
	}
	for _, f := range feeds {
		close(f)
	}
	for range merged {
	}
	return result
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	// Sparser sets take fewer numbers, so all stay below 2^64.
	sets := []struct {
		primes []uint64
		share  int
	}{{[]uint64{2, 3, 5}, 10}, {[]uint64{2, 3, 5, 7}, 2}, {[]uint64{3, 5, 7}, 40}, {[]uint64{2, 3, 5, 7, 11, 13}, 1}}
	for _, set := range sets {
		primes := set.primes
		vals := smooth(primes, n/set.share)
		sum := uint64(0)
		for _, v := range vals {
			sum += v % 1000003
		}
		fmt.Printf("%v: first %v, #%d = %d, sum mod = %d\n", primes, vals[:10], len(vals), vals[len(vals)-1], sum)
	}
}
