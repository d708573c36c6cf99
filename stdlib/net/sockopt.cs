// Socket options: every connection's buffer sizes (SO_RCVBUF, SO_SNDBUF),
// and TCP's Nagle's algorithm, keep-alives and SO_LINGER, set with
// setsockopt(2) (net.c). A failure reads as Go's does:
// "set tcp 127.0.0.1:4000->127.0.0.1:51234: setsockopt: bad file descriptor"
// (a buffer size's error names the local address alone).
package net

import (
	"os"
	"syscall"
	"time"
)

// sysSetsockopt sets an integer option (opt: KEEP IN SYNC with net.c's
// sockopts table) and returns an errno, 0 when it worked.
func sysSetsockopt(fd int, opt int, value int) int

const (
	optNoDelay   = 0 // IPPROTO_TCP TCP_NODELAY
	optKeepAlive = 1 // SOL_SOCKET SO_KEEPALIVE
	optKeepIdle  = 2 // IPPROTO_TCP TCP_KEEPIDLE (seconds)
	optKeepIntvl = 3 // IPPROTO_TCP TCP_KEEPINTVL (seconds)
	optLinger    = 4 // SOL_SOCKET SO_LINGER (value < 0: off)
	optRcvBuf    = 5 // SOL_SOCKET SO_RCVBUF
	optSndBuf    = 6 // SOL_SOCKET SO_SNDBUF
)

// SetReadBuffer sets the size of the system's receive buffer.
func (c *conn) SetReadBuffer(bytes int) error { return c.setBuffer(optRcvBuf, bytes) }

// SetWriteBuffer sets the size of the system's send buffer.
func (c *conn) SetWriteBuffer(bytes int) error { return c.setBuffer(optSndBuf, bytes) }

func (c *conn) setBuffer(opt int, bytes int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	var err error
	if c.fd.closed {
		err = ErrClosed
	} else if e := sysSetsockopt(c.fd.fd, opt, bytes); e != 0 {
		err = os.NewSyscallError("setsockopt", errno(e))
	}
	if err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Addr: c.fd.laddr, Err: err}
	}
	return nil
}

func (c *TCPConn) setOpts(opts []int, values []int) error {
	if c == nil || c.fd == nil {
		return os.ErrInvalid
	}
	if c.fd.closed {
		return c.fd.opError("set", ErrClosed)
	}
	for i, opt := range opts {
		if e := sysSetsockopt(c.fd.fd, opt, values[i]); e != 0 {
			return c.fd.opError("set", os.NewSyscallError("setsockopt", errno(e)))
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SetNoDelay turns Nagle's algorithm off (true, the default) or on.
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	return c.setOpts([]int{optNoDelay}, []int{boolInt(noDelay)})
}

// SetKeepAlive turns TCP keep-alive messages on or off.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	return c.setOpts([]int{optKeepAlive}, []int{boolInt(keepalive)})
}

// SetKeepAlivePeriod sets the idle time before keep-alives and their
// interval, rounded up to whole seconds (under one second is refused:
// "setsockopt: invalid argument").
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	secs := int((d + time.Second - 1) / time.Second)
	return c.setOpts([]int{optKeepIntvl, optKeepIdle}, []int{secs, secs})
}

// SetLinger sets how Close treats unsent data: sec < 0 (the default)
// sends it in the background, 0 discards it, > 0 waits up to sec seconds.
func (c *TCPConn) SetLinger(sec int) error {
	return c.setOpts([]int{optLinger}, []int{sec})
}
