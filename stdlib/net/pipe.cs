// Pipe: two Conns joined in memory, synchronously, as Go's net.Pipe.
//
// Nothing is buffered: a Write hands its bytes to the Reads of the other
// end, one Read taking as many as fit, and returns when all are taken. Each
// direction is a pair of unbuffered channels: the writer offers its slice
// on data, the reader copies what fits and answers how much on taken.
// Writes on one end are serialised by a mutex, so one Write's bytes are
// never interleaved with another's.
//
// Errors, as in Go: Read on a closed end and Write on either closed end
// fail with io.ErrClosedPipe, Read after the other end closed gets io.EOF;
// a passed deadline fails with an OpError "read pipe: i/o timeout" (Is
// os.ErrDeadlineExceeded). Close always succeeds. Both ends' addresses are
// "pipe".
package net

import (
	"io"
	"os"
	"sync"
	"time"
)

// pipeDeadline is a channel closed when a deadline passes: a timer closes
// it, and moving the deadline stops the timer or swaps in an open channel.
type pipeDeadline struct {
	mu     sync.Mutex
	timer  *time.Timer
	passed chan struct{}
}

func newPipeDeadline() *pipeDeadline {
	return &pipeDeadline{passed: make(chan struct{})}
}

// set arms the deadline for t (zero: none).
func (d *pipeDeadline) set(t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && !d.timer.Stop() {
		<-d.passed // the timer's func is closing it
	}
	d.timer = nil
	if isClosed(d.passed) {
		d.passed = make(chan struct{})
	}
	if t.IsZero() {
		return
	}
	left := time.Until(t)
	if left <= 0 {
		close(d.passed)
		return
	}
	passed := d.passed
	d.timer = time.AfterFunc(left, func() { close(passed) })
}

// wait is the channel closed when the deadline passes.
func (d *pipeDeadline) wait() chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.passed
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

// pipe is one end: it reads from rdData/rdTaken and writes to
// wrData/wrTaken, which are the other end's rd channels.
type pipe struct {
	wrMu sync.Mutex

	rdData  <-chan []byte
	rdTaken chan<- int
	wrData  chan<- []byte
	wrTaken <-chan int

	once       sync.Once
	localDone  chan struct{}
	remoteDone <-chan struct{}

	readDeadline  *pipeDeadline
	writeDeadline *pipeDeadline
}

// Pipe returns the two ends of a synchronous, in-memory, full-duplex
// connection.
func Pipe() (Conn, Conn) {
	data1, taken1 := make(chan []byte), make(chan int)
	data2, taken2 := make(chan []byte), make(chan int)
	done1, done2 := make(chan struct{}), make(chan struct{})
	p1 := &pipe{rdData: data1, rdTaken: taken1, wrData: data2, wrTaken: taken2,
		localDone: done1, remoteDone: done2,
		readDeadline: newPipeDeadline(), writeDeadline: newPipeDeadline()}
	p2 := &pipe{rdData: data2, rdTaken: taken2, wrData: data1, wrTaken: taken1,
		localDone: done2, remoteDone: done1,
		readDeadline: newPipeDeadline(), writeDeadline: newPipeDeadline()}
	return p1, p2
}

func (*pipe) LocalAddr() Addr  { return pipeAddr{} }
func (*pipe) RemoteAddr() Addr { return pipeAddr{} }

func (p *pipe) Read(b []byte) (int, error) {
	n, err := p.read(b)
	if err != nil && err != io.EOF && err != io.ErrClosedPipe {
		err = &OpError{Op: "read", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipe) read(b []byte) (int, error) {
	switch {
	case isClosed(p.localDone):
		return 0, io.ErrClosedPipe
	case isClosed(p.remoteDone):
		return 0, io.EOF
	case isClosed(p.readDeadline.wait()):
		return 0, os.ErrDeadlineExceeded
	}
	select {
	case offered := <-p.rdData:
		n := copy(b, offered)
		p.rdTaken <- n
		return n, nil
	case <-p.localDone:
		return 0, io.ErrClosedPipe
	case <-p.remoteDone:
		return 0, io.EOF
	case <-p.readDeadline.wait():
		return 0, os.ErrDeadlineExceeded
	}
}

func (p *pipe) Write(b []byte) (int, error) {
	n, err := p.write(b)
	if err != nil && err != io.ErrClosedPipe {
		err = &OpError{Op: "write", Net: "pipe", Err: err}
	}
	return n, err
}

// write offers b until the other end has taken all of it (an empty b is
// offered once, and so waits for a Read).
func (p *pipe) write(b []byte) (n int, err error) {
	switch {
	case isClosed(p.localDone), isClosed(p.remoteDone):
		return 0, io.ErrClosedPipe
	case isClosed(p.writeDeadline.wait()):
		return 0, os.ErrDeadlineExceeded
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrData <- b:
			taken := <-p.wrTaken
			b = b[taken:]
			n += taken
		case <-p.localDone:
			return n, io.ErrClosedPipe
		case <-p.remoteDone:
			return n, io.ErrClosedPipe
		case <-p.writeDeadline.wait():
			return n, os.ErrDeadlineExceeded
		}
	}
	return n, nil
}

func (p *pipe) SetDeadline(t time.Time) error {
	if isClosed(p.localDone) || isClosed(p.remoteDone) {
		return io.ErrClosedPipe
	}
	p.readDeadline.set(t)
	p.writeDeadline.set(t)
	return nil
}

func (p *pipe) SetReadDeadline(t time.Time) error {
	if isClosed(p.localDone) || isClosed(p.remoteDone) {
		return io.ErrClosedPipe
	}
	p.readDeadline.set(t)
	return nil
}

func (p *pipe) SetWriteDeadline(t time.Time) error {
	if isClosed(p.localDone) || isClosed(p.remoteDone) {
		return io.ErrClosedPipe
	}
	p.writeDeadline.set(t)
	return nil
}

func (p *pipe) Close() error {
	p.once.Do(func() { close(p.localDone) })
	return nil
}
