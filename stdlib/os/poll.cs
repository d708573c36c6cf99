// Polled Files (pipes): I/O through the runtime's netpoller instead of a
// blocking system call, and the deadlines that only such Files support,
// as in Go. Other Files report "file type does not support deadline".
package os

import (
	"errors"
	"time"
)

// sysPollRead/sysPollWrite do one read, or a whole write, on poll
// descriptor pd, parking while the pipe is empty or full; the errno may be
// one of the poller's conditions (ePollClosing, ePollTimeout).
func sysPollRead(pd uintptr, b []byte) (n int, errno int)
func sysPollWrite(pd uintptr, b []byte) (n int, errno int)

// sysPollClose wakes pd's waiters and closes its fd.
func sysPollClose(pd uintptr)

// sysPollDeadline sets the read (mode 1), write (2) or both (3) deadlines
// d from now (none: clear them).
func sysPollDeadline(pd uintptr, d int64, none bool, mode int)

// poller conditions, KEEP IN SYNC: runtime/netpoll.h
const (
	ePollClosing = 100000
	ePollTimeout = 100001
)

// ErrNoDeadline is the error of setting a deadline on a File that is not polled.
var ErrNoDeadline = errors.New("file type does not support deadline")

func (f *File) sysRead(b []byte) (int, int) {
	if f.pd != 0 {
		return sysPollRead(f.pd, b)
	}
	return sysRead(f.fd, b)
}

func (f *File) sysWrite(b []byte) (int, int) {
	if f.pd != 0 {
		return sysPollWrite(f.pd, b)
	}
	return sysWrite(f.fd, b)
}

// ioError is the error for code e from a read or write.
func ioError(e int) error {
	switch e {
	case ePollClosing:
		return ErrClosed
	case ePollTimeout:
		return ErrDeadlineExceeded
	}
	return errno(e)
}

// setDeadline fails as Go's does: a nil File, then a closed one ("use of
// closed file", unwrapped), then one that is not polled.
func (f *File) setDeadline(t time.Time, mode int) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return errFileClosing
	}
	if f.pd == 0 {
		return ErrNoDeadline
	}
	sysPollDeadline(f.pd, int64(time.Until(t)), t.IsZero(), mode)
	return nil
}

// SetDeadline sets the read and write deadlines of a pipe; the zero Time
// clears them. A Read or Write past it fails with ErrDeadlineExceeded.
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline(t, 3) }

func (f *File) SetReadDeadline(t time.Time) error { return f.setDeadline(t, 1) }

func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline(t, 2) }
