// Connections: the socket descriptor (netFD) and the methods every
// connection type shares (conn, embedded by TCPConn, UDPConn, UnixConn as
// in Go), plus the Conn, Listener and PacketConn interfaces.
//
// A netFD is shared by a connection or listener and its copies; `closed`
// is set before the descriptor is released, so later calls report
// ErrClosed instead of touching a recycled fd. Errors name the operation,
// the network and the addresses, Go style:
// "read udp 127.0.0.1:4000->127.0.0.1:51234: i/o timeout".
package net

import (
	"io"
	"os"
	"time"
)

type netFD struct {
	pd     uintptr // runtime poll descriptor
	fd     int
	net    string // "tcp", "udp4", "unix", ...
	stream bool   // a byte stream: a zero-byte read is the end (io.EOF)
	closed bool
	laddr  Addr // nil when unknown
	raddr  Addr // nil when not connected
	rdl    int64 // read deadline, Unix ns; 0: none
	wdl    int64 // write deadline
}

func newFD(pd uintptr, fd int, net string) *netFD {
	nfd := &netFD{pd: pd, fd: fd, net: net, stream: !isUDP(net)}
	nfd.laddr = sockAddr(net, fd, false)
	nfd.raddr = sockAddr(net, fd, true)
	return nfd
}

// sockAddr is fd's local or remote (peer) address as network's Addr
// type; nil when it has none.
func sockAddr(network string, fd int, peer bool) Addr {
	if network == "unix" {
		if name := sysUnixName(fd, peer); name != "" {
			return &UnixAddr{Name: name, Net: network}
		}
		return nil
	}
	ip, port := sysAddr(fd, peer)
	if len(ip) == 0 {
		return nil
	}
	if isUDP(network) {
		return &UDPAddr{IP: IP(ip), Port: port}
	}
	return &TCPAddr{IP: IP(ip), Port: port}
}

// opError wraps err for operation op on fd, Go style (local->remote).
func (fd *netFD) opError(op string, err error) error {
	e := &OpError{Op: op, Net: fd.net, Source: fd.laddr, Addr: fd.raddr, Err: err}
	if e.Addr == nil {
		e.Addr, e.Source = e.Source, nil
	}
	return e
}

func (fd *netFD) close() error {
	if fd.closed {
		return ErrClosed
	}
	fd.closed = true
	if e := sysClose(fd.pd, fd.fd); e != 0 {
		return os.NewSyscallError("close", errno(e))
	}
	return nil
}

// setDeadline sets the deadline of reads (mode 1), writes (2) or both (3).
// The poller times out a wait that outlasts it; an operation that starts
// after it fails at once, before any system call, as in Go.
func (fd *netFD) setDeadline(t time.Time, mode int) error {
	if fd.closed {
		return ErrClosed
	}
	var dl int64
	if !t.IsZero() {
		dl = t.UnixNano()
	}
	if mode&1 != 0 {
		fd.rdl = dl
	}
	if mode&2 != 0 {
		fd.wdl = dl
	}
	sysSetDeadline(fd.pd, int64(time.Until(t)), t.IsZero(), mode)
	return nil
}

// readable/writable check what fails an operation before any system call:
// a closed descriptor or a passed deadline.
func (fd *netFD) readable() error {
	if fd.closed {
		return ErrClosed
	}
	if expired(fd.rdl) {
		return errTimeout
	}
	return nil
}

func (fd *netFD) writable() error {
	if fd.closed {
		return ErrClosed
	}
	if expired(fd.wdl) {
		return errTimeout
	}
	return nil
}

// expired reports whether deadline dl has passed.
func expired(dl int64) bool {
	return dl != 0 && time.Now().UnixNano() >= dl
}

// accept waits for the next connection on listener fd.
func (fd *netFD) accept() (*netFD, error) {
	if err := fd.readable(); err != nil {
		return nil, fd.opError("accept", err)
	}
	npd, nfd, e := sysAccept(fd.pd)
	if e != 0 {
		return nil, fd.opError("accept", ioError("accept4", e))
	}
	return newFD(npd, nfd, fd.net), nil
}

// Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// PacketConn is a generic packet-oriented network connection.
type PacketConn interface {
	ReadFrom(p []byte) (n int, addr Addr, err error)
	WriteTo(p []byte, addr Addr) (n int, err error)
	Close() error
	LocalAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// conn is what TCPConn, UDPConn and UnixConn share.
type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

// Read reads up to len(b) bytes; at the end of a stream it returns 0,
// io.EOF (a datagram socket returns an empty datagram as 0, nil).
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	if c.fd.closed {
		return 0, c.fd.opError("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if expired(c.fd.rdl) {
		return 0, c.fd.opError("read", errTimeout)
	}
	n, e := sysRead(c.fd.pd, b)
	if e != 0 {
		return 0, c.fd.opError("read", ioError("read", e))
	}
	if n == 0 && c.fd.stream {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes all of b unless an error stops it.
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	if err := c.fd.writable(); err != nil {
		return 0, c.fd.opError("write", err)
	}
	n, e := sysWrite(c.fd.pd, b)
	if e != 0 {
		return n, c.fd.opError("write", ioError("write", e))
	}
	return n, nil
}

func (c *conn) Close() error {
	if c == nil {
		return os.ErrInvalid
	}
	return closeFD(c.fd)
}

// closeFD closes fd for a Conn's or a Listener's Close, with Go's error.
func closeFD(fd *netFD) error {
	if fd == nil {
		return os.ErrInvalid
	}
	if err := fd.close(); err != nil {
		return fd.opError("close", err)
	}
	return nil
}

func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

func (c *conn) setDeadline(t time.Time, mode int) error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if err := c.fd.setDeadline(t, mode); err != nil {
		return c.fd.opError("set", err)
	}
	return nil
}

// SetDeadline sets the read and write deadlines; the zero Time clears them.
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline(t, 3) }

func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline(t, 1) }

func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline(t, 2) }

// shutdown closes the reading (how 0) or writing (1) side of a stream.
func (c *conn) shutdown(how int) error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if c.fd.closed {
		return c.fd.opError("close", ErrClosed)
	}
	if e := sysShutdown(c.fd.fd, how); e != 0 {
		return c.fd.opError("close", os.NewSyscallError("shutdown", errno(e)))
	}
	return nil
}
