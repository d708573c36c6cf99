// reorder: a pipeline whose middle stage fans out to 3 workers and whose
// last stage restores the order. Stage 1 emits batches ([]rec slices of
// 32) on a buffered channel; 3 parse workers turn each record's text
// field into numbers (strconv.Atoi on fields cut by strings.IndexByte)
// and forward the batch tagged with its sequence number; the sink keeps
// out-of-order batches in a map[int][]rec until the next expected
// sequence arrives, checking that records come out in input order.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

const batchSize = 32

type rec struct {
	id   int
	text string
	a, b int
}

type batch struct {
	seq  int
	recs []rec
}

func produce(n int, out chan<- batch) {
	seq := 0
	cur := make([]rec, 0, batchSize)
	for i := 0; i < n; i++ {
		text := strconv.Itoa(i*37%100003) + "," + strconv.Itoa(i%977)
		cur = append(cur, rec{id: i, text: text})
		if len(cur) == batchSize {
			out <- batch{seq, cur}
			seq++
			cur = make([]rec, 0, batchSize)
		}
	}
	if len(cur) > 0 {
		out <- batch{seq, cur}
	}
	close(out)
}

func parse(in <-chan batch, out chan<- batch, wg *sync.WaitGroup) {
	defer wg.Done()
	for b := range in {
		for i := range b.recs {
			r := &b.recs[i]
			comma := strings.IndexByte(r.text, ',')
			r.a, _ = strconv.Atoi(r.text[:comma])
			r.b, _ = strconv.Atoi(r.text[comma+1:])
		}
		out <- b
	}
}

func sink(in <-chan batch) (int64, int, int) {
	pending := make(map[int][]rec)
	next, nextID, maxPending := 0, 0, 0
	var sum int64
	for b := range in {
		pending[b.seq] = b.recs
		if len(pending) > maxPending {
			maxPending = len(pending)
		}
		for {
			recs, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			for _, r := range recs {
				if r.id != nextID {
					panic("out of order")
				}
				nextID++
				sum = sum*31 + int64(r.a*r.b+r.id)
				sum %= 1000000007
			}
		}
	}
	return sum, nextID, maxPending
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for round, caps := range [][2]int{{0, 0}, {4, 4}, {64, 16}} {
		src := make(chan batch, caps[0])
		mid := make(chan batch, caps[1])
		go produce(n, src)
		var wg sync.WaitGroup
		for w := 0; w < 3; w++ {
			wg.Add(1)
			go parse(src, mid, &wg)
		}
		go func() {
			wg.Wait()
			close(mid)
		}()
		sum, count, maxPending := sink(mid)
		fmt.Println("round", round, "records", count, "checksum", sum, "reordered", maxPending <= n/batchSize+1)
	}
}
