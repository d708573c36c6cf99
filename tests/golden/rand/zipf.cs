// checks: Zipf's rejection-inversion draws Go's values for several
// parameter sets (none where Go's own output depends on the CPU having FMA);
// out-of-range parameters give nil, whose Uint64 panics
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(31))
	params := []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3, 1000}, {3.7, 10, 1 << 40}, {1.2, 2, 1 << 20}}
	for _, p := range params {
		z := rand.NewZipf(r, p.s, p.v, p.imax)
		var vals []uint64
		sum := uint64(0)
		for i := 0; i < 20000; i++ {
			k := z.Uint64()
			sum += k
			if i < 12 {
				vals = append(vals, k)
			}
		}
		fmt.Println(p.s, p.v, p.imax, vals, sum)
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}
