// checks: without rand.Seed the global source is seeded with 1 (Go 1.19),
// so every top-level function continues Go's exact sequence
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("Int63", rand.Int63())
		fmt.Println("Uint32", rand.Uint32())
		fmt.Println("Uint64", rand.Uint64())
		fmt.Println("Int31", rand.Int31())
		fmt.Println("Int", rand.Int())
		fmt.Println("Int63n", rand.Int63n(1000000007), rand.Int63n(1<<20))
		fmt.Println("Int31n", rand.Int31n(1000), rand.Int31n(64))
		fmt.Println("Intn", rand.Intn(6)+1, rand.Intn(100), rand.Intn(1))
		fmt.Println("Float64", rand.Float64())
		fmt.Println("Float32", rand.Float32())
		fmt.Println("NormFloat64", rand.NormFloat64())
		fmt.Println("ExpFloat64", rand.ExpFloat64())
		fmt.Println("Perm", rand.Perm(8))
	}
	// Read hands out 7 bytes per Int63, keeping leftovers for the next call
	b := make([]byte, 5)
	for i := 0; i < 3; i++ {
		n, err := rand.Read(b)
		fmt.Println("Read", n, err, b)
	}
	n, err := rand.Read(nil)
	fmt.Println("Read nil", n, err)
	fmt.Println("after Read", rand.Int63())
}
