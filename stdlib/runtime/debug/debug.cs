// Package debug: the parts of Go's runtime/debug that programs use to
// tune the collector and print stacks. The bodies are in debug.c.
//
// The collector is Boehm's (runtime/gc.c), not Go's, so:
//   - SetGCPercent maps the percentage onto Boehm's free-space divisor
//     (gc.c: divisor 2 is GOGC=100; the divisor is 200/percent, between
//     1 and 1000, so percentages above 200 act as 200); a negative
//     percentage disables collection until a non-negative one is set.
//     The initial value is GOGC's (100 when unset, -1 for "off").
//   - ReadGCStats fills NumGC (Boehm's collection count) only; the
//     pause history and LastGC are left zero.
//   - SetMaxStack sets the runtime's limit (runtime/morestack.c), which
//     overflow checks and the "stack exceeds N-byte limit" message use.
//   - SetMaxThreads, SetMemoryLimit and SetPanicOnFault only keep their
//     setting, to return it as the previous one, as Go does; SetTraceback
//     does nothing (GOTRACEBACK still applies).
package debug

import (
	"os"
	"time"
)

// SetGCPercent sets the collection target percentage and returns the
// previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns as much memory to the
// operating system as the collector can.
func FreeOSMemory()

// Stack returns a formatted stack trace of the calling goroutine, in
// Go's layout ("goroutine 1 [running]:" then the frames).
func Stack() []byte

// PrintStack prints the stack trace of the calling goroutine to
// standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetMaxStack sets the maximum amount of memory one goroutine stack may
// use and returns the previous setting (Go's default: 1e9 bytes).
func SetMaxStack(bytes int) int

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// numGC returns the number of collections so far.
func numGC() int64

// ReadGCStats reads statistics about garbage collection into stats
// (NumGC only, see the package comment).
func ReadGCStats(stats *GCStats) {
	stats.NumGC = numGC()
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
}

var maxThreads = 10000

// SetMaxThreads sets the maximum number of operating system threads the
// program may use and returns the previous setting.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit sets a soft memory limit and returns the previous one;
// a negative limit only reads it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

var panicOnFault bool

// SetPanicOnFault controls whether an unexpected fault address panics
// rather than crashes, and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetTraceback sets how much a crash prints.
func SetTraceback(level string) {}
