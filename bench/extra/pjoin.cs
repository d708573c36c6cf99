// pjoin: a parallel radix-partitioned hash join. An orders relation (n
// rows) and a customers relation (n/8 rows) are split into chunks; in the
// partition phase each of P goroutines scatters its chunk of both
// relations into 32 partitions by key hash (per-worker [][]row, no locks);
// in the join phase a worker pool takes partition numbers from a channel,
// builds map[int32]int32 from the customers of that partition across all
// workers' buckets and probes it with the orders, aggregating revenue per
// region into a [8]int64 sent back on a results channel. Checked against a
// single-threaded join.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type order struct {
	cust   int32
	amount int32
}

type customer struct {
	id     int32
	region int32
}

const parts = 32

func part(k int32) int {
	return int(uint32(k)*2654435761>>16) % parts
}

func gen(n int) ([]order, []customer) {
	nc := n / 8
	cs := make([]customer, nc)
	x := uint32(7)
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	for i := range cs {
		cs[i] = customer{int32(i*3 + 1), int32(next() % 8)}
	}
	os := make([]order, n)
	for i := range os {
		os[i] = order{int32(next()%uint32(nc*3+40) + 1), int32(next() % 1000)}
	}
	return os, cs
}

func sequential(os []order, cs []customer) [8]int64 {
	m := make(map[int32]int32, len(cs))
	for _, c := range cs {
		m[c.id] = c.region
	}
	var agg [8]int64
	for _, o := range os {
		if r, ok := m[o.cust]; ok {
			agg[r] += int64(o.amount)
		}
	}
	return agg
}

func parallel(os []order, cs []customer, p int) [8]int64 {
	obuck := make([][][]order, p)
	cbuck := make([][][]customer, p)
	var wg sync.WaitGroup
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			ob := make([][]order, parts)
			cb := make([][]customer, parts)
			for _, o := range os[w*len(os)/p : (w+1)*len(os)/p] {
				k := part(o.cust)
				ob[k] = append(ob[k], o)
			}
			for _, c := range cs[w*len(cs)/p : (w+1)*len(cs)/p] {
				k := part(c.id)
				cb[k] = append(cb[k], c)
			}
			obuck[w], cbuck[w] = ob, cb
		}(w)
	}
	wg.Wait()
	jobs := make(chan int, parts)
	results := make(chan [8]int64, p)
	for w := 0; w < p; w++ {
		go func() {
			var agg [8]int64
			for k := range jobs {
				m := make(map[int32]int32)
				for w := 0; w < p; w++ {
					for _, c := range cbuck[w][k] {
						m[c.id] = c.region
					}
				}
				for w := 0; w < p; w++ {
					for _, o := range obuck[w][k] {
						if r, ok := m[o.cust]; ok {
							agg[r] += int64(o.amount)
						}
					}
				}
			}
			results <- agg
		}()
	}
	for k := 0; k < parts; k++ {
		jobs <- k
	}
	close(jobs)
	var total [8]int64
	for w := 0; w < p; w++ {
		a := <-results
		for i := range total {
			total[i] += a[i]
		}
	}
	return total
}

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ords, custs := gen(n)
	want := sequential(ords, custs)
	fmt.Println("sequential", want)
	for _, p := range []int{2, 4, 2 * runtime.GOMAXPROCS(0)} {
		for rep := 0; rep < 2; rep++ {
			got := parallel(ords, custs, p)
			if got != want {
				fmt.Println("mismatch at", p, got)
				return
			}
		}
	}
	fmt.Println("parallel joins agree")
}
