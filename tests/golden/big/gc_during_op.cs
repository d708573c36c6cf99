package main

// big.Int operations big enough for GMP's FFT multiplication and
// divide-and-conquer division (temporaries of hundreds of KiB, chained
// by GMP through pointer-free blocks) while other goroutines allocate,
// so that collections run in the middle of them; every result is checked.

import (
	"fmt"
	"math/big"
	"sync"
)

func churn(x *big.Int, rounds int) int {
	d := new(big.Int).Add(x, big.NewInt(7))
	bad := 0
	for i := 0; i < rounds; i++ {
		y := new(big.Int).Mul(x, x)
		q, r := new(big.Int).QuoRem(y, d, new(big.Int))
		back := new(big.Int).Mul(q, d)
		back.Add(back, r)
		if back.Cmp(y) != 0 || r.CmpAbs(d) >= 0 {
			bad++
		}
		x = new(big.Int).Add(x, big.NewInt(int64(i)))
	}
	return bad
}

func garbage(stop chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	var keep [][]byte
	for {
		select {
		case <-stop:
			return
		default:
		}
		keep = append(keep, make([]byte, 4096))
		if len(keep) > 256 {
			keep = nil
		}
	}
}

func main() {
	stop := make(chan struct{})
	var gwg, wg sync.WaitGroup
	gwg.Add(1)
	go garbage(stop, &gwg)
	results := make([]int, 4)
	for id := range results {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			x := new(big.Int).Exp(big.NewInt(int64(id+3)), big.NewInt(120000), nil)
			results[id] = churn(x, 40)
		}(id)
	}
	wg.Wait()
	close(stop)
	gwg.Wait()
	fmt.Println("bad results:", results)
}
