package main

// Channels of structs by value: a 64-byte Order struct goes through a
// three-stage pipeline (parse -> price -> tally) on buffered channels,
// replies come back on an unbuffered channel of a small result struct,
// and a channel of [4]int arrays carries batch totals.

import (
	"fmt"
	"os"
	"strconv"
)

type Order struct {
	ID       int
	Customer int
	Qty      int
	Price    float64
	Discount float64
	Express  bool
	Region   [2]byte
	Tag      int32
	Total    float64
}

type Result struct {
	Region  [2]byte
	Revenue float64
	Count   int
}

func main() {
	n := 3500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	raw := make(chan Order, 64)
	priced := make(chan Order, 64)
	results := make(chan Result)
	batches := make(chan [4]int, 8)

	go func() {
		x := uint32(42)
		for i := 0; i < n; i++ {
			x = x*1103515245 + 12345
			o := Order{ID: i, Customer: int(x>>16) % 1000, Qty: 1 + int(x>>8)%9,
				Price: float64(int(x>>4)%10000) / 100, Express: x&1 == 1, Tag: int32(i)}
			o.Region = [2]byte{'A' + byte(x>>24)%4, 'x'}
			raw <- o
		}
		close(raw)
	}()
	go func() {
		for o := range raw {
			o.Discount = 0
			if o.Qty > 5 {
				o.Discount = 0.1
			}
			o.Total = float64(o.Qty) * o.Price * (1 - o.Discount)
			if o.Express {
				o.Total += 4.5
			}
			priced <- o
		}
		close(priced)
	}()
	go func() {
		var sums [4]Result
		var batch [4]int
		for o := range priced {
			r := &sums[o.Region[0]-'A']
			r.Region = o.Region
			r.Revenue += o.Total
			r.Count++
			batch[o.Qty%4]++
			if o.ID%1000 == 999 {
				batches <- batch
				batch = [4]int{}
			}
		}
		close(batches)
		for _, r := range sums {
			results <- r
		}
		close(results)
	}()
	var totals [4]int
	nb := 0
	for b := range batches {
		for i, v := range b {
			totals[i] += v
		}
		nb++
	}
	rev := 0.0
	for r := range results {
		fmt.Printf("%s %d %.2f\n", string(r.Region[:]), r.Count, r.Revenue)
		rev += r.Revenue
	}
	fmt.Printf("%d %v %.2f\n", nb, totals, rev)
}
