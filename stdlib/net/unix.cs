// Unix-domain stream sockets: UnixAddr, UnixConn and UnixListener for the
// "unix" network, named by a socket file's path ("@name": Linux's abstract
// namespace). As in Go, a listener removes its socket file when closed,
// and an unnamed end (a dialing client's) reads as "@".
package net

import (
	"os"
	"time"
)

// UnixAddr is the address of a unix-domain socket.
type UnixAddr struct {
	Name string
	Net  string
}

func (a *UnixAddr) Network() string { return a.Net }

func (a *UnixAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return a.Name
}

// ResolveUnixAddr makes the address of path on network "unix" (the
// datagram networks "unixgram" and "unixpacket" are not supported).
func ResolveUnixAddr(network, address string) (*UnixAddr, error) {
	if network != "unix" {
		return nil, UnknownNetworkError(network)
	}
	return &UnixAddr{Name: address, Net: network}, nil
}

// UnixConn is a unix-domain stream connection.
type UnixConn struct {
	conn
}

// CloseWrite shuts down the sending side (the peer reads EOF).
func (c *UnixConn) CloseWrite() error { return c.shutdown(1) }

// CloseRead shuts down the receiving side.
func (c *UnixConn) CloseRead() error { return c.shutdown(0) }

func dialUnix(network, address string) (*UnixConn, error) {
	a, err := ResolveUnixAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	return DialUnix(network, nil, a)
}

// DialUnix connects to raddr; a local address (laddr) is not supported
// and is ignored.
func DialUnix(network string, laddr, raddr *UnixAddr) (*UnixConn, error) {
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Err: errMissingAddress}
	}
	if network != "unix" {
		return nil, &OpError{Op: "dial", Net: network, Addr: raddr, Err: UnknownNetworkError(network)}
	}
	pd, fd, call, e := sysConnect(famUnix, sockStream, nil, 0, raddr.Name)
	if e != 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: raddr, Err: ioError(call, e)}
	}
	return &UnixConn{conn{newFD(pd, fd, network)}}, nil
}

// UnixListener is a unix-domain stream listener.
type UnixListener struct {
	fd   *netFD
	path string // the socket file Close removes; "" for an abstract name
}

func listenUnix(network, address string) (*UnixListener, error) {
	a, err := ResolveUnixAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	return ListenUnix(network, a)
}

// ListenUnix creates the socket file laddr.Name and listens on it.
func ListenUnix(network string, laddr *UnixAddr) (*UnixListener, error) {
	if network != "unix" {
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr, Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		return nil, &OpError{Op: "listen", Net: network, Err: errMissingAddress}
	}
	pd, fd, call, e := sysListen(famUnix, sockStream, nil, 0, laddr.Name)
	if e != 0 {
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr, Err: ioError(call, e)}
	}
	l := &UnixListener{fd: newFD(pd, fd, network)}
	if laddr.Name[0] != '@' { // bind refused an empty name
		l.path = laddr.Name
	}
	return l, nil
}

// Accept waits for the next connection.
func (l *UnixListener) Accept() (Conn, error) {
	c, err := l.AcceptUnix()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptUnix waits for the next connection and returns it as a *UnixConn.
func (l *UnixListener) AcceptUnix() (*UnixConn, error) {
	if l == nil || l.fd == nil {
		return nil, os.ErrInvalid
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, err
	}
	return &UnixConn{conn{fd}}, nil
}

// Close stops listening and removes the socket file.
func (l *UnixListener) Close() error {
	if l == nil {
		return os.ErrInvalid
	}
	if err := closeFD(l.fd); err != nil {
		return err
	}
	if l.path != "" {
		os.Remove(l.path)
	}
	return nil
}

func (l *UnixListener) Addr() Addr { return l.fd.laddr }

// SetDeadline makes Accept fail with a timeout after t (zero: never).
func (l *UnixListener) SetDeadline(t time.Time) error {
	if err := l.fd.setDeadline(t, 1); err != nil {
		return l.fd.opError("set", err)
	}
	return nil
}
