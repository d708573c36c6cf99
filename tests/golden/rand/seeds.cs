// checks: rand.Seed and NewSource with small, zero, negative and huge
// seeds give Go's sequences; seeds equal modulo 2^31-1 agree; Seed drops
// Read's leftover bytes; separate Rands do not share state
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func first(r *rand.Rand) []int64 {
	return []int64{r.Int63(), r.Int63n(1000), int64(r.Intn(10))}
}

func main() {
	rand.Seed(42)
	fmt.Println("Seed(42)", rand.Int63(), rand.Intn(100), rand.Float64())
	rand.Seed(1)
	fmt.Println("Seed(1)", rand.Int63())
	seeds := []int64{0, 1, 2, 42, -1, -42, 89482311, math.MaxInt32, math.MaxInt32 + 5, 5 - math.MaxInt32,
		1 << 40, -1 << 40, math.MaxInt64, math.MinInt64, 1234567890123456789}
	for _, s := range seeds {
		fmt.Println(s, first(rand.New(rand.NewSource(s))))
	}

	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	x := a.Int63()
	a.Int63()
	fmt.Println("independent", x == b.Int63(), a.Int63() == b.Int63())
	a.Seed(7)
	fmt.Println("reseeded", a.Int63() == x)

	buf := make([]byte, 3)
	rand.Seed(9)
	rand.Read(buf)
	fmt.Println("read", buf)
	rand.Seed(9)
	rand.Read(buf)
	fmt.Println("read after Seed", buf)

	r := rand.New(rand.NewSource(9))
	r.Read(buf)
	fmt.Println("Rand.Read", buf)
	r.Seed(9)
	r.Read(buf)
	fmt.Println("Rand.Read after Seed", buf)

	src := rand.NewSource(3)
	_, is64 := src.(rand.Source64)
	fmt.Println("Source64", is64, src.Int63())
	src.Seed(3)
	fmt.Println("Source64 Uint64", src.(rand.Source64).Uint64())
}
