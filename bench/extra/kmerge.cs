package main

// Concurrent merge of sorted channels: k generator goroutines each send
// a sorted stream of ints; a binary tree of merge goroutines combines
// them two at a time (each merge holds one pending value per input and
// nils out a finished input channel); the root stream is checked for
// order and summed. A second round merges with one goroutine doing a
// k-way select-free merge that refills from each channel in turn.
// Prints counts, sums and an order check.

import (
	"fmt"
	"os"
	"strconv"
)

func source(seed uint64, n int) <-chan int {
	out := make(chan int, 32)
	go func() {
		v := 0
		for i := 0; i < n; i++ {
			seed = seed*6364136223846793005 + 1442695040888963407
			v += int(seed>>58) + 1
			out <- v
		}
		close(out)
	}()
	return out
}

func merge2(a, b <-chan int) <-chan int {
	out := make(chan int, 32)
	go func() {
		va, oka := <-a
		vb, okb := <-b
		for oka || okb {
			if oka && (!okb || va <= vb) {
				out <- va
				va, oka = <-a
			} else {
				out <- vb
				vb, okb = <-b
			}
		}
		close(out)
	}()
	return out
}

func mergeTree(chs []<-chan int) <-chan int {
	for len(chs) > 1 {
		var next []<-chan int
		for i := 0; i+1 < len(chs); i += 2 {
			next = append(next, merge2(chs[i], chs[i+1]))
		}
		if len(chs)%2 == 1 {
			next = append(next, chs[len(chs)-1])
		}
		chs = next
	}
	return chs[0]
}

// mergeK keeps the head of every input in a slice and scans for the
// minimum: fine for small k, all in one goroutine.
func mergeK(chs []<-chan int, out chan<- int) {
	heads := make([]int, len(chs))
	live := make([]bool, len(chs))
	for i, c := range chs {
		heads[i], live[i] = <-c
	}
	for {
		best := -1
		for i := range heads {
			if live[i] && (best < 0 || heads[i] < heads[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		out <- heads[best]
		heads[best], live[best] = <-chs[best]
	}
	close(out)
}

func check(name string, c <-chan int) {
	count, sum, prev, sorted := 0, 0, -1, true
	for v := range c {
		if v < prev {
			sorted = false
		}
		prev = v
		count++
		sum += v
	}
	fmt.Println(name, "count", count, "sum", sum, "sorted", sorted, "last", prev)
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const k = 16
	var chs []<-chan int
	for i := 0; i < k; i++ {
		chs = append(chs, source(uint64(i+1), n/k+i))
	}
	check("tree", mergeTree(chs))

	chs = chs[:0]
	for i := 0; i < 8; i++ {
		chs = append(chs, source(uint64(100+i), n/16))
	}
	out := make(chan int, 64)
	go mergeK(chs, out)
	check("kway", out)
}
