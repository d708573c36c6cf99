// checks: a Rand over a user Source that is not a Source64 builds Uint64
// from two Int63 calls, and every method draws from it as Go's does
package main

import (
	"fmt"
	"math/rand"
)

// counter is a deliberately poor source: 1, 2, 3, ... scaled up
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n++
	return c.n * 0x0123456789ABCDE & (1<<63 - 1)
}

func (c *counter) Seed(seed int64) { c.n = seed }

// only63 hides a Source64's Uint64 method
type only63 struct{ rand.Source }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Uint64(), r.Uint32(), r.Int31(), r.Int(), r.Int63())
	fmt.Println(r.Intn(10), r.Int31n(7), r.Int63n(1e12), r.Float64(), r.Float32())
	fmt.Println(r.Perm(5), r.NormFloat64(), r.ExpFloat64())
	r.Seed(100)
	b := make([]byte, 9)
	r.Read(b)
	fmt.Println(b)

	wrapped := rand.New(rand.NewSource(5))
	plain := rand.New(only63{rand.NewSource(5)})
	fmt.Println(wrapped.Uint64(), plain.Uint64())
}
