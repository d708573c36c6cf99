// checks: Intn above 1<<31 switches to Int63n; Int63n with powers of two
// (masking) and with n near 1<<63 (many rejections) follows Go
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(11))
	for _, n := range []int{1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 40, 3 << 50, math.MaxInt64} {
		fmt.Println("Intn", n, r.Intn(n), r.Intn(n))
	}
	for _, n := range []int64{1, 2, 1 << 62, 1<<62 + 1, 1<<63 - 1, 6148914691236517206} {
		fmt.Println("Int63n", n, r.Int63n(n), r.Int63n(n), r.Int63n(n))
	}
	for _, n := range []int32{1, 2, 3, 1 << 30, 1<<30 + 1, math.MaxInt32} {
		fmt.Println("Int31n", n, r.Int31n(n), r.Int31n(n), r.Int31n(n))
	}
	big := 0
	for i := 0; i < 100000; i++ {
		if rand.Intn(3<<40) >= 2<<40 {
			big++
		}
	}
	fmt.Println("top third", big)
}
