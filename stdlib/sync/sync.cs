// Package sync: mutual exclusion and waiting (the subset of Go's package
// sync that LANGUAGE.md lists).
//
// The methods are implemented in C (stdlib/sync/sync.c) on top of the
// runtime's semaphores (runtime/sema.c): a goroutine that must wait parks,
// its thread runs other goroutines. The zero value of every type is ready
// to use. KEEP IN SYNC: the struct layouts are mirrored in sync.c.
package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock. Uncontended Lock and Unlock are one
// atomic operation each.
type Mutex struct {
	state int32 // locked, woken and starving bits; the bits above count waiters
	sema  uint32
}

// Lock locks m, waiting until it is free.
func (m *Mutex) Lock()

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error.
func (m *Mutex) Unlock()

// An RWMutex is a reader/writer lock: any number of readers or one writer.
// A waiting writer keeps new readers out, so writers are not starved.
type RWMutex struct {
	w           Mutex  // held by the writer
	writerSem   uint32 // the writer waits here for readers to leave
	readerSem   uint32 // readers wait here for the writer to leave
	readerCount int32  // readers holding or waiting; minus maxReaders while a writer is in
	readerWait  int32  // readers the writer still waits for
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock locks rw for reading if no writer holds or waits for it.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// TryLock locks rw for writing if it is free.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// RLocker returns a Locker whose Lock and Unlock call rw's RLock and
// RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64 // high 32 bits: counter; low 32 bits: waiters
	sema  uint32
}

// Add adds delta (may be negative) to the counter; when it reaches zero
// every Wait returns. A negative counter panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait()

// Once runs a function exactly once.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o;
// other callers wait until that call returns (or panics). Written in CS
// (not C) so that the compiler sees f is only called: a literal passed
// as f then keeps its closure record in the caller's frame.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

// doSlow runs f under o.m unless an earlier call did; done is set before
// the unlock even when f panics, so waiters never run f again.
func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// A Locker can be locked and unlocked (*Mutex, *RWMutex).
type Locker interface {
	Lock()
	Unlock()
}

// A Cond is a condition variable: goroutines Wait on it (with L held)
// until another Signals or Broadcasts.
type Cond struct {
	L       Locker
	notify  notifyList
	checker uintptr // the Cond's address once used: a use elsewhere is a copy
}

// check panics as Go's copyChecker does when c is a copy of a Cond that
// had been used (the first use records its address).
func (c *Cond) check() {
	if !sameAddress(&c.checker) {
		panic("sync.Cond is copied")
	}
}

func sameAddress(c *uintptr) bool

// notifyList is the runtime's ticket list (runtime/chan_internal.h
// rt_notifylist; KEEP IN SYNC).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uint32
	head   uintptr
	tail   uintptr
}

func notifyListAdd(l *notifyList) uint32
func notifyListWait(l *notifyList, t uint32)
func notifyListNotifyOne(l *notifyList)
func notifyListNotifyAll(l *notifyList)

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.check()
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.check()
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.check()
	notifyListNotifyAll(&c.notify)
}

// A Pool is a set of temporary objects that may be reused. This one keeps
// every object Put until Get takes it (Go's may drop them at any GC).
type Pool struct {
	// New, if set, makes a value when the pool is empty.
	New   func() any
	mu    Mutex
	items []any
}

// Get takes an object from the pool, or returns New() (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool; nil is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
