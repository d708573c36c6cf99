// Profiling and tracing settings. csc has no profiler, so the settings
// do nothing; the ones whose old value Go returns are kept so that the
// value comes back. NumCgoCall is 0: csc makes no cgo calls (Go 1.19
// counts some in programs that link net, which uses cgo there).
package runtime

var mutexProfileFraction int

// SetMutexProfileFraction sets the mutex profile rate and returns the
// previous one; a negative rate only reads it.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

// SetBlockProfileRate sets the blocking profile rate.
func SetBlockProfileRate(rate int) {}

// SetCPUProfileRate sets the CPU profiling rate.
func SetCPUProfileRate(hz int) {}

// NumCgoCall returns the number of cgo calls made by the process.
func NumCgoCall() int64 { return 0 }
