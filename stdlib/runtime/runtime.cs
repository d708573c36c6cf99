// Package runtime: the parts of Go's runtime package CS programs use.
// Implemented in C (stdlib/runtime/runtime.c) on top of the scheduler.
package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection.
func GC()

// Goexit terminates the goroutine that calls it, after running its
// deferred calls. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning; the program continues with the
// other goroutines and crashes if all of them exit.
func Goexit()

// Error identifies a run-time error: the values the runtime panics with
// (runtime/panic.c) have both methods, as in Go's runtime/error.go.
type Error interface {
	Error() string
	RuntimeError()
}

// Stack formats the calling goroutine's traceback into buf ("goroutine 1
// [running]:", then its frames) and returns the bytes written, cut at
// len(buf). With all, every other goroutine follows with its header and
// "created by" lines; Go stops the world to print their frames too, which
// are left out here.
func Stack(buf []byte, all bool) int
