// The top-level functions: they share one Rand whose source is a
// rngSource seeded with 1 (Go 1.19's behaviour: an unseeded program prints
// the same numbers on every run) behind a mutex, so goroutines may call
// them concurrently. Every access to the rngSource, including Read's
// buffered bytes, happens with lk held.
package rand

import "sync"

type lockedSource struct {
	lk  sync.Mutex
	src *rngSource
}

var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})

func (s *lockedSource) Int63() int64 {
	s.lk.Lock()
	n := s.src.Int63()
	s.lk.Unlock()
	return n
}

func (s *lockedSource) Uint64() uint64 {
	s.lk.Lock()
	n := s.src.Uint64()
	s.lk.Unlock()
	return n
}

func (s *lockedSource) Seed(seed int64) {
	s.lk.Lock()
	s.src.Seed(seed)
	s.lk.Unlock()
}

// seedPos reseeds and drops the owning Rand's buffered Read bytes, both
// under the lock.
func (s *lockedSource) seedPos(seed int64, readPos *int8) {
	s.lk.Lock()
	s.src.Seed(seed)
	*readPos = 0
	s.lk.Unlock()
}

func (s *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	s.lk.Lock()
	n, err = read(p, s.src, readVal, readPos)
	s.lk.Unlock()
	return n, err
}

// Seed reseeds the global source; without a call it is seeded with 1.
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64                      { return globalRand.Int63() }
func Uint32() uint32                    { return globalRand.Uint32() }
func Uint64() uint64                    { return globalRand.Uint64() }
func Int31() int32                      { return globalRand.Int31() }
func Int() int                          { return globalRand.Int() }
func Int63n(n int64) int64              { return globalRand.Int63n(n) }
func Int31n(n int32) int32              { return globalRand.Int31n(n) }
func Intn(n int) int                    { return globalRand.Intn(n) }
func Float64() float64                  { return globalRand.Float64() }
func Float32() float32                  { return globalRand.Float32() }
func Perm(n int) []int                  { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)  { return globalRand.Read(p) }
func NormFloat64() float64              { return globalRand.NormFloat64() }
func ExpFloat64() float64               { return globalRand.ExpFloat64() }
