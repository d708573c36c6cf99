package main

// sync.Pool of byte buffers: goroutines render records into a pooled
// []byte (append of digits and separators, no fmt), checksum the line
// and put the buffer back. A semaphore channel bounds how many run at
// once.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

var pool = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

func render(id, i int) uint32 {
	bp := pool.Get().(*[]byte)
	b := (*bp)[:0]
	b = append(b, "rec "...)
	b = strconv.AppendInt(b, int64(id), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(i), 10)
	for k := 0; k < 8; k++ {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(i*k^id), 16)
	}
	b = append(b, '\n')
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	*bp = b
	pool.Put(bp)
	return h
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 16
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	sums := make([]uint32, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < n/workers; i++ {
				if i%256 == 0 {
					sem <- struct{}{}
				}
				sums[w] += render(w, i)
				if i%256 == 255 || i == n/workers-1 {
					<-sem
				}
			}
		}(w)
	}
	wg.Wait()
	var x uint32
	for _, s := range sums {
		x ^= s
	}
	fmt.Println("lines", n/workers*workers, "hash", x)
}
