// Pipe: a synchronous in-memory pipe between goroutines. Nothing is
// buffered: a Write waits until Reads have taken all of its bytes (a
// zero-length Write waits for one Read), and Writes are served one at a
// time, in full, before the next.
//
// One mutex guards the state and one Cond is broadcast on every change:
// the bytes the current Write offers (`offered`, with what is left of them
// in `data`) and the two ends' close errors. The first close of an end
// sets its error for good. A Read on a closed write end returns the
// writer's error (EOF by default); a Write on a closed read end returns
// the reader's (ErrClosedPipe by default); using an end after closing it
// returns ErrClosedPipe.
package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

type pipe struct {
	mu      sync.Mutex
	changed *sync.Cond
	writing sync.Mutex // held by the Write being served
	data    []byte
	offered bool
	rerr    error // the read end's close error, nil while open
	werr    error // the write end's close error, nil while open
}

func (p *pipe) read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for !p.offered && p.rerr == nil && p.werr == nil {
		p.changed.Wait()
	}
	if p.rerr != nil {
		return 0, ErrClosedPipe
	}
	if !p.offered {
		return 0, p.werr
	}
	n := copy(b, p.data)
	p.data = p.data[n:]
	if len(p.data) == 0 {
		p.offered = false
	}
	p.changed.Broadcast()
	return n, nil
}

func (p *pipe) write(b []byte) (int, error) {
	p.writing.Lock()
	defer p.writing.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.writeError(); err != nil {
		return 0, err
	}
	p.data, p.offered = b, true
	p.changed.Broadcast()
	for p.offered && p.rerr == nil && p.werr == nil {
		p.changed.Wait()
	}
	n := len(b) - len(p.data)
	if !p.offered {
		return n, nil
	}
	p.data, p.offered = nil, false
	return n, p.writeError()
}

// writeError is why a Write cannot go on, nil while both ends are open.
func (p *pipe) writeError() error {
	if p.werr != nil {
		return ErrClosedPipe
	}
	return p.rerr
}

func (p *pipe) close(end *error, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if *end == nil {
		*end = err
	}
	p.changed.Broadcast()
}

// PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads what the current Write offers, waiting for one if needed.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; Writes then fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; Writes then fail with err (or
// ErrClosedPipe when err is nil). A later close keeps the first error.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.close(&r.p.rerr, err)
	return nil
}

// PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write waits until Reads have taken all of data or the pipe closes.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; Reads then return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; Reads then return err (EOF when err
// is nil). A later close keeps the first error.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.close(&w.p.werr, err)
	return nil
}

// Pipe creates a synchronous in-memory pipe.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{}
	p.changed = sync.NewCond(&p.mu)
	return &PipeReader{p}, &PipeWriter{p}
}
