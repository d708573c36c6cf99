// Package signal: incoming signals delivered on channels, as Go's
// os/signal.
//
// Notify takes a signal over from its default (rt_signal_set): the C
// handler (signal.c) sets the signal's bit in a pending mask and writes a
// byte to a non-blocking pipe. One goroutine, started by the first
// Notify, reads that pipe through the netpoller (so it holds no thread
// and a program waiting only for a signal is not deadlocked, as in Go),
// takes the mask, and offers each signal to every channel registered for
// it without blocking: a channel that is full misses the signal, as Go
// documents. All registration state is guarded by mu, which delivery
// holds too, so once Stop returns its channel receives nothing more.
//
// refs[n] counts the channels that want signal n; the handler is
// installed when it becomes 1 and the default put back when it returns
// to 0. The runtime's fault signals, those no process can catch and the
// two real-time signals the collector stops threads with (reserved) are
// never taken over: Notify, Ignore and Reset pass them by, as Go's do
// the signals glibc keeps for itself.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65

type handler struct {
	c    chan<- os.Signal
	want [numSig]bool
}

var (
	mu       sync.Mutex
	handlers []*handler
	refs     [numSig]int
	watching bool
)

func openWakePipe()
func enable(sig int)
func disable(sig int)
func ignore(sig int)
func isIgnored(sig int) bool
func reserved(sig int) bool
func waitSignals() uint64

// signum is sig's number, or -1 for a signal Notify cannot take over.
func signum(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok || s <= 0 || int(s) >= numSig {
		return -1
	}
	switch s {
	case syscall.SIGKILL, syscall.SIGSTOP, syscall.SIGSEGV, syscall.SIGBUS:
		return -1
	}
	if reserved(int(s)) {
		return -1
	}
	return int(s)
}

// catchable lists the signals that Notify with no signals relays.
func catchable() []os.Signal {
	var all []os.Signal
	for n := 1; n < numSig; n++ {
		if signum(syscall.Signal(n)) > 0 {
			all = append(all, syscall.Signal(n))
		}
	}
	return all
}

func handlerOf(c chan<- os.Signal) *handler {
	for _, h := range handlers {
		if h.c == c {
			return h
		}
	}
	h := &handler{c: c}
	handlers = append(handlers, h)
	return h
}

// Notify relays the given signals (every catchable one when none is
// given) to c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	if len(sig) == 0 {
		sig = catchable()
	}
	mu.Lock()
	defer mu.Unlock()
	if !watching {
		watching = true
		openWakePipe()
		go watch()
	}
	h := handlerOf(c)
	for _, s := range sig {
		n := signum(s)
		if n < 0 || h.want[n] {
			continue
		}
		h.want[n] = true
		refs[n]++
		if refs[n] == 1 {
			enable(n)
		}
	}
}

// release drops h's interest in signal n.
func release(h *handler, n int) {
	if !h.want[n] {
		return
	}
	h.want[n] = false
	refs[n]--
	if refs[n] == 0 {
		disable(n)
	}
}

// Stop ends all relaying to c.
func Stop(c chan<- os.Signal) {
	mu.Lock()
	defer mu.Unlock()
	for i, h := range handlers {
		if h.c != c {
			continue
		}
		for n := 1; n < numSig; n++ {
			release(h, n)
		}
		handlers = append(handlers[:i], handlers[i+1:]...)
		return
	}
}

// forEach applies f to the numbers of sig, or of every catchable signal.
func forEach(sig []os.Signal, f func(n int)) {
	if len(sig) == 0 {
		sig = catchable()
	}
	mu.Lock()
	defer mu.Unlock()
	for _, s := range sig {
		if n := signum(s); n > 0 {
			f(n)
		}
	}
}

// Reset undoes every Notify for the given signals (all when none).
func Reset(sig ...os.Signal) {
	forEach(sig, func(n int) {
		for _, h := range handlers {
			release(h, n)
		}
		disable(n)
	})
}

// Ignore makes the process ignore the given signals (all when none).
func Ignore(sig ...os.Signal) {
	forEach(sig, func(n int) {
		for _, h := range handlers {
			release(h, n)
		}
		ignore(n)
	})
}

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n > 0 && isIgnored(n)
}

// NotifyContext returns a copy of parent that is cancelled when one of
// the signals arrives, when stop is called, or when parent is done.
func NotifyContext(parent context.Context, sig ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := make(chan os.Signal, 1)
	Notify(c, sig...)
	go func() {
		select {
		case <-c:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		cancel()
		Stop(c)
	}
}

// watch delivers the signals that arrive, for the life of the program.
func watch() {
	for {
		pending := waitSignals()
		mu.Lock()
		for n := 1; n < numSig; n++ {
			if pending&(1<<uint(n-1)) != 0 {
				deliver(syscall.Signal(n))
			}
		}
		mu.Unlock()
	}
}

func deliver(s syscall.Signal) {
	for _, h := range handlers {
		if !h.want[int(s)] {
			continue
		}
		select {
		case h.c <- s:
		default:
		}
	}
}
