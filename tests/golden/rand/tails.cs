// checks: the values from the ziggurat's tails (NormFloat64 beyond 3.44,
// ExpFloat64 beyond 7.70) are Go's bit for bit: they come from logarithms,
// which must be Go's math.Log exactly (the C library's differs in the last
// bit often enough that the hash below changes)
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(5))
	var normHash, expHash uint64
	var normTails, expTails []float64
	for i := 0; i < 3000000; i++ {
		if x := r.NormFloat64(); math.Abs(x) > 3.442619855899 {
			normHash = normHash*31 + math.Float64bits(x)
			normTails = append(normTails, x)
		}
		if x := r.ExpFloat64(); x > 7.69711747013104972 {
			expHash = expHash*31 + math.Float64bits(x)
			expTails = append(expTails, x)
		}
	}
	fmt.Println("normal", len(normTails), normHash, normTails[:5])
	fmt.Println("exponential", len(expTails), expHash, expTails[:5])
}
