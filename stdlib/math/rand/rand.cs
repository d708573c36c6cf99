// Package rand: Go 1.19's math/rand, producing the same sequences as Go
// for the same seeds.
//
// A Source yields uniformly distributed 63-bit values; a Rand turns them
// into the other distributions. Every derivation below consumes the source
// exactly as Go's does (same number of draws, same bits kept, same
// rejection tests): programs rely on a seed reproducing Go's output, so
// the algorithms must not be "improved". The files:
//   rng.cs, cooked.cs  the generator behind NewSource and its seed table;
//   rand.cs            Source, Rand and the uniform distributions;
//   ziggurat.cs        NormFloat64 and ExpFloat64;
//   zipf.cs            Zipf;
//   log.cs, exp.c      Go's math.Log and math.Exp to the last bit, which
//                      the last two need (package math here is libm's);
//   global.cs          the top-level functions over a locked global source
//                      seeded with 1, as in Go 1.19.
package rand

// A Source is a source of uniformly distributed int64 values in
// [0, 1<<63). It need not be safe for concurrent use.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that also yields uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new Source, seeded with seed. It is not safe for
// concurrent use by several goroutines.
func NewSource(seed int64) Source {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64; else nil

	// Read's unconsumed bytes: the low readPos bytes of readVal
	readVal int64
	readPos int8
}

// New returns a Rand that draws its values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the source; Read's buffered bytes are dropped.
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative int64 in [0, 1<<63).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a uint32: the top 32 of Int63's 63 bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a uint64, from the source directly if it is a Source64,
// else built from two Int63 calls.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative int32: the top 31 of Int63's bits.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns an int64 in [0, n); it panics if n <= 0. Values from the
// source's top, incomplete multiple of n are rejected, so every result is
// equally likely.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64(rngMask - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns an int32 in [0, n); it panics if n <= 0. Like Int63n.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32(int32max - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n returns an int32 in [0, n) for n > 0 by Lemire's multiply and
// shift, which Shuffle uses (Int31n is kept as it was for Go's
// compatibility; the two give different values).
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if uint32(prod) < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for uint32(prod) < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

// Intn returns an int in [0, n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= int32max {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a float64 in [0.0, 1.0): Int63 scaled down, drawing
// again in the (practically impossible) case it rounds up to 1.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a float32 in [0.0, 1.0), rounded from Float64.
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm returns a random permutation of [0, n), built by inside-out
// Fisher-Yates with Intn.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle permutes n elements by Fisher-Yates, calling swap(i, j) to
// exchange two; it panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > int32max-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with random bytes, seven per Int63 (low byte first); bytes
// left over are kept for the next Read. It always returns len(p), nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	if lk, ok := r.src.(*lockedSource); ok {
		return lk.read(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos, val := *readPos, *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos, *readVal = pos, val
	return n, nil
}
