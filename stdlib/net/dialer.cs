// Dialer: Go's options struct for connecting, with Dial, DialContext and
// DialTimeout on top of it. Timeout, Deadline and the context's deadline
// are honoured, the earliest bounding the connect (none of them: no bound;
// a past one fails at once, after the address has been checked, as in Go)
// and failing it with "i/o timeout", an error that Is
// context.DeadlineExceeded (not os.ErrDeadlineExceeded, the error of an
// I/O deadline); a context canceled before or during the connect
// fails it with "operation was canceled", an error that Is
// context.Canceled. KeepAlive is accepted, TCP keep-alives being the
// kernel's default here.
//
// A bounded connect runs in its own goroutine; if the timer or the context
// wins, that goroutine closes the connection it may still make.
package net

import (
	"context"
	"time"
)

// A Dialer holds options for connecting to an address.
type Dialer struct {
	Timeout   time.Duration
	Deadline  time.Time
	KeepAlive time.Duration
}

// DialTimeout is Dial that gives up after timeout (0: never).
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	d := Dialer{Timeout: timeout}
	return d.Dial(network, address)
}

// Dial connects to address on network "tcp" (or "tcp4"/"tcp6").
func (d *Dialer) Dial(network, address string) (Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// DialContext is Dial that also gives up when ctx is done.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error) {
	if ctx == nil {
		panic("nil context")
	}
	dl := d.deadline()
	if cdl, ok := ctx.Deadline(); ok && (dl.IsZero() || cdl.Before(dl)) {
		dl = cdl
	}
	if dl.IsZero() && ctx.Done() == nil {
		return Dial(network, address)
	}
	return dialBounded(ctx, network, address, dl)
}

// deadline is the earlier of now+Timeout and Deadline; zero for none.
func (d *Dialer) deadline() time.Time {
	dl := d.Deadline
	if d.Timeout != 0 {
		if t := time.Now().Add(d.Timeout); dl.IsZero() || t.Before(dl) {
			dl = t
		}
	}
	return dl
}

// dialTimeoutError is a connect's error past its deadline: "i/o timeout"
// like an I/O deadline's os.ErrDeadlineExceeded, but, as in Go, it Is
// context.DeadlineExceeded and not os.ErrDeadlineExceeded.
type dialTimeoutError struct{}

func (*dialTimeoutError) Error() string   { return "i/o timeout" }
func (*dialTimeoutError) Timeout() bool   { return true }
func (*dialTimeoutError) Temporary() bool { return true }

func (*dialTimeoutError) Is(err error) bool { return err == context.DeadlineExceeded }

var errDialTimeout error = &dialTimeoutError{}

// canceledError is a connect's error when its context was canceled.
type canceledError struct{}

func (canceledError) Error() string { return "operation was canceled" }

func (canceledError) Is(err error) bool { return err == context.Canceled }

// contextError is the connect error for a done context's Err.
func contextError(err error) error {
	if err == context.Canceled {
		return canceledError{}
	}
	return errDialTimeout
}

// dialBounded connects unless ctx is done or the deadline dl (zero: none)
// passes first.
func dialBounded(ctx context.Context, network, address string, dl time.Time) (Conn, error) {
	a, err := resolve(network, address)
	if err != nil || address == "" {
		return Dial(network, address) // fails with Dial's error
	}
	fail := func(err error) (Conn, error) {
		return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: err}
	}
	if err := ctx.Err(); err != nil {
		return fail(contextError(err))
	}
	var expired <-chan time.Time
	if !dl.IsZero() {
		left := time.Until(dl)
		if left <= 0 {
			return fail(errDialTimeout)
		}
		t := time.NewTimer(left)
		defer t.Stop()
		expired = t.C
	}
	type result struct {
		c   *TCPConn
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := dialTCP(network, address)
		done <- result{c, err}
	}()
	abandon := func() {
		go func() {
			if r := <-done; r.c != nil {
				r.c.Close()
			}
		}()
	}
	select {
	case r := <-done:
		if r.err != nil {
			return nil, r.err
		}
		return r.c, nil
	case <-expired:
		abandon()
		return fail(errDialTimeout)
	case <-ctx.Done():
		abandon()
		return fail(contextError(ctx.Err()))
	}
}
