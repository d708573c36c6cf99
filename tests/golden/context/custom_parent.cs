// checks: contexts derived from user-defined Context types: a foreign
// parent's cancellation still reaches its children (Go watches it from a
// goroutine), %v names a parent without String by its type, and a user
// type embedding one of the package's contexts is seen through
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// manualCtx is a Context of its own, canceled by calling stop.
type manualCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newManual() *manualCtx { return &manualCtx{done: make(chan struct{})} }

func (m *manualCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manualCtx) Done() <-chan struct{}       { return m.done }
func (m *manualCtx) Value(key any) any {
	if key == "owner" {
		return "manual"
	}
	return nil
}
func (m *manualCtx) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}
func (m *manualCtx) stop() {
	m.mu.Lock()
	m.err = context.Canceled
	m.mu.Unlock()
	close(m.done)
}

// namedCtx never ends but has a String method.
type namedCtx struct{ context.Context }

func (namedCtx) String() string { return "namedCtx" }

// traced wraps a context and counts Value calls: it embeds the
// package's own context, so its Done is the embedded one's.
type traced struct {
	context.Context
	calls *int
}

func (t traced) Value(key any) any {
	*t.calls++
	return t.Context.Value(key)
}

// waitGoroutines waits up to 10s for the goroutine count to fall to n.
func waitGoroutines(n int) bool {
	for i := 0; i < 1000; i++ {
		if runtime.NumGoroutine() <= n {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func main() {
	m := newManual()
	child, cancel := context.WithCancel(m)
	defer cancel()
	timed, tCancel := context.WithTimeout(context.WithValue(m, "k", "v"), time.Hour)
	defer tCancel()
	fmt.Println(child)
	fmt.Println(child.Value("owner"), timed.Value("owner"), timed.Value("k"), child.Err())
	m.stop()
	<-child.Done()
	<-timed.Done()
	fmt.Println("after stop:", child.Err(), timed.Err())

	// a foreign parent already done: the child is canceled at once
	late, lateCancel := context.WithCancel(m)
	defer lateCancel()
	fmt.Println("born canceled:", late.Err())

	// a foreign parent that is never done: canceling the child ends the watcher
	m2 := newManual()
	fmt.Println("earlier watchers gone:", waitGoroutines(1))
	before := runtime.NumGoroutine()
	var cancels []context.CancelFunc
	for i := 0; i < 10; i++ {
		_, c := context.WithCancel(m2)
		cancels = append(cancels, c)
	}
	fmt.Println("watchers started:", runtime.NumGoroutine()-before)
	for _, c := range cancels {
		c()
	}
	fmt.Println("watchers gone:", waitGoroutines(before))
	c2, c2Cancel := context.WithCancel(m2)
	c2Cancel()
	fmt.Println("child canceled alone:", c2.Err(), m2.Err())

	// a parent whose Done is nil is never watched
	n := namedCtx{context.Background()}
	nc, ncCancel := context.WithCancel(n)
	fmt.Println(nc, context.WithValue(n, "a", "b"))
	ncCancel()
	fmt.Println(nc.Err(), n.Err())

	// a wrapper of a cancelCtx: cancel through the wrapped one reaches the child
	base, baseCancel := context.WithCancel(context.Background())
	calls := 0
	wrapped := traced{base, &calls}
	wc, wcCancel := context.WithCancel(wrapped)
	defer wcCancel()
	fmt.Println(wc)
	baseCancel()
	<-wc.Done()
	fmt.Println("through wrapper:", wc.Err(), calls > 0)
}
