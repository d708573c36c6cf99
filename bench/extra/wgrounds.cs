package main

// Many goroutines, each running rounds of a small fan-out/fan-in with
// its own sync.WaitGroup: 4 helpers fill a slice, Wait, then combine.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func piece(seed, k int) int {
	x := seed*31 + k
	s := 0
	for i := 0; i < 40; i++ {
		x = (x*1103515245 + 12345) & 0x7fffffff
		s += x % 97
	}
	return s
}

func main() {
	rounds := 2500
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	const owners = 64
	totals := make([]int, owners)
	var all sync.WaitGroup
	for o := 0; o < owners; o++ {
		all.Add(1)
		go func(o int) {
			defer all.Done()
			acc := 0
			parts := make([]int, 4)
			for r := 0; r < rounds; r++ {
				var wg sync.WaitGroup
				wg.Add(len(parts))
				for k := range parts {
					go func(k int) {
						parts[k] = piece(o*rounds+r, k)
						wg.Done()
					}(k)
				}
				wg.Wait()
				for _, p := range parts {
					acc = (acc*7 + p) % 1000000007
				}
			}
			totals[o] = acc
		}(o)
	}
	all.Wait()
	h := 0
	for _, t := range totals {
		h = (h*131 + t) % 1000000007
	}
	fmt.Println(owners*rounds*4, h)
}
