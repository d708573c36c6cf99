// The generator behind NewSource: an additive lagged Fibonacci generator
// (Mitchell and Reeds, as in Go 1.19's math/rand), bit for bit.
//
// The state is a register vec of rngLen words and two indices, feed and
// tap, rngTap words apart. Each step moves both indices down by one
// (wrapping) and replaces vec[feed] by vec[feed]+vec[tap] (mod 2^64); that
// sum is the output. Seed fills vec from a Lehmer generator
// (x' = 48271 x mod 2^31-1) started at the seed, three draws per word,
// XORed with rngCooked (cooked.cs). Not safe for concurrent use: the
// global source wraps it in a mutex (global.cs).
package rand

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand advances the Lehmer generator x' = 48271 x mod (2^31 - 1),
// using Schrage's method so the products fit in 32 bits.
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488 // int32max / a
		r = 3399  // int32max % a
	)
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed resets the generator to the state that seed determines; seeds
// equal modulo 2^31-1 give the same state, and 0 stands for 89482311.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := 0; i < 20; i++ {
		x = seedrand(x)
	}
	for i := 0; i < rngLen; i++ {
		x = seedrand(x)
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

// Uint64 takes one step and returns its 64-bit output.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

// Int63 is Uint64 without its top bit.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & rngMask)
}
