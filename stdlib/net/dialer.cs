// Dialer: Go's options struct for connecting, and DialTimeout on top of
// it. Timeout and Deadline are honoured, the earlier of the two bounding
// the connect (a zero Timeout and Deadline mean none, a past one fails at
// once with "i/o timeout" after the address has been checked, as in Go);
// KeepAlive is accepted, TCP keep-alives being the kernel's default here.
//
// A bounded connect runs in its own goroutine; if the timer wins, that
// goroutine closes the connection it may still make.
package net

import "time"

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
	dl := d.deadline()
	if dl.IsZero() {
		return Dial(network, address)
	}
	return dialBefore(network, address, dl)
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

func dialBefore(network, address string, dl time.Time) (Conn, error) {
	a, err := resolve(network, address)
	if err != nil || address == "" {
		return Dial(network, address) // fails with Dial's error
	}
	left := time.Until(dl)
	if left <= 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: errTimeout}
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
	t := time.NewTimer(left)
	defer t.Stop()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, r.err
		}
		return r.c, nil
	case <-t.C:
		go func() {
			if r := <-done; r.c != nil {
				r.c.Close()
			}
		}()
		return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: errTimeout}
	}
}
