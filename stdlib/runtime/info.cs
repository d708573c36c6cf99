// What a program may ask about the toolchain and its thread: the answers
// are the ones Go 1.19 gives on linux/amd64 (a CS program is a Go program,
// so Version is the Go release whose behaviour csc reproduces).
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version returns the Go release csc follows.
func Version() string { return "go1.19.8" }

// KeepAlive marks x as reachable up to this call. Boehm scans stacks
// conservatively, so a value still on the stack is reachable anyway.
func KeepAlive(x any) {}

// LockOSThread and UnlockOSThread only count, as Go does, so tracebacks
// can say "locked to thread": csc's goroutines may move between threads
// anyway, and no package here keeps state in a thread (runtime.c).
func LockOSThread()
func UnlockOSThread()

// MemProfileRate is accepted and has no effect: csc has no memory
// profiler.
var MemProfileRate int = 512 * 1024

// GOROOT returns $GOROOT, or else where Go 1.19 lives here
// (callers.c: Go's own frames are under it).
func GOROOT() string
