// MemStats: Go's memory statistics, filled from what the collector
// (Boehm) counts: the heap figures, the total allocated, the number of
// collections. NextGC is the heap's current size, which the collector
// tries not to grow past. What Boehm does not count (objects allocated
// and freed, goroutine stacks, which are mappings of the runtime's own,
// the span and cache figures of Go's allocator, pause times) stays zero.
package runtime

// MemStats has the fields of Go 1.19's runtime.MemStats.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// The order in which sysMemStats fills its slice.
const (
	msHeap = iota
	msFree
	msReleased
	msTotalAlloc
	msNumGC
	msNextGC
	msCount
)

func sysMemStats(out []uint64)

// ReadMemStats fills m with the current memory statistics.
func ReadMemStats(m *MemStats) {
	var v [msCount]uint64
	sysMemStats(v[:])
	*m = MemStats{}
	m.HeapSys = v[msHeap] + v[msReleased]
	m.HeapIdle = v[msFree] + v[msReleased]
	m.HeapReleased = v[msReleased]
	m.HeapInuse = v[msHeap] - v[msFree]
	m.HeapAlloc = m.HeapInuse
	m.Alloc = m.HeapAlloc
	m.TotalAlloc = v[msTotalAlloc]
	m.Sys = m.HeapSys
	m.NumGC = uint32(v[msNumGC])
	m.NextGC = v[msNextGC]
	m.EnableGC = true
}
