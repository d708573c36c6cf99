// Package sync: mutual exclusion and waiting (the subset of Go's package
// sync that LANGUAGE.md lists).
//
// The methods are implemented in C (stdlib/sync/sync.c) on top of the
// runtime's semaphores (runtime/sema.c): a goroutine that must wait parks,
// its thread runs other goroutines. The zero value of every type is ready
// to use. KEEP IN SYNC: the struct layouts are mirrored in sync.c.
package sync

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
// other callers wait until that call returns (or panics).
func (o *Once) Do(f func())
