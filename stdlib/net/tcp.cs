// TCP: TCPConn and TCPListener, and the Dial and Listen entry points,
// which pick the network's own dialer or listener (tcp, udp, unix).
package net

import (
	"errors"
	"io"
	"os"
	"syscall"
	"time"
)

// TCPConn is a TCP connection.
type TCPConn struct {
	conn
}

// CloseWrite shuts down the sending side (the peer reads EOF).
func (c *TCPConn) CloseWrite() error { return c.shutdown(1) }

// CloseRead shuts down the receiving side.
func (c *TCPConn) CloseRead() error { return c.shutdown(0) }

// ReadFrom writes what r yields to the connection until r's EOF (the
// io.ReaderFrom that io.Copy prefers); a failure is a "readfrom" OpError
// around the write's or r's error, as in Go.
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := io.Copy(writerOnly{c}, r)
	if err != nil {
		err = c.fd.opError("readfrom", err)
	}
	return n, err
}

// writerOnly hides ReadFrom from io.Copy, which would call it back.
type writerOnly struct {
	io.Writer
}

// Dial connects to address on network "tcp", "tcp4", "tcp6", "udp",
// "udp4", "udp6" or "unix".
func Dial(network, address string) (Conn, error) {
	switch {
	case isUDP(network):
		c, err := dialUDP(network, address)
		if err != nil {
			return nil, err
		}
		return c, nil
	case network == "unix":
		c, err := dialUnix(network, address)
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	c, err := dialTCP(network, address)
	if err != nil {
		return nil, err
	}
	return c, nil
}

var errMissingAddress = errors.New("missing address")

// resolveError is the error of dialing an address that failed to resolve
// (err), or was empty (err nil).
func resolveError(op, network string, err error) error {
	if err == nil {
		err = errMissingAddress
	}
	return &OpError{Op: op, Net: network, Err: err}
}

// dialIP connects a socket of sotype to a, at ip (nil: the loopback) and port.
func dialIP(network string, a Addr, ip IP, port int, sotype int) (*netFD, error) {
	if len(ip) == 0 && ipVersion(network) == 0 {
		ip = IPv4(127, 0, 0, 1)
	}
	fam, raw := socketFamily(network, ip)
	pd, fd, call, e := sysConnect(fam, sotype, raw, port, "")
	if e != 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: ioError(call, e)}
	}
	return newFD(pd, fd, network), nil
}

func dialTCP(network, address string) (*TCPConn, error) {
	a, err := resolve(network, address)
	if err != nil || address == "" {
		return nil, resolveError("dial", network, err)
	}
	fd, err := dialIP(network, a, a.IP, a.Port, sockStream)
	if err != nil {
		return nil, err
	}
	return &TCPConn{conn{fd}}, nil
}

// ResolveTCPAddr parses "host:port" into a TCPAddr (host names are looked up).
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	return resolve(network, address)
}

// DialTCP connects to raddr; a local address (laddr) is not supported and
// is ignored.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Err: errMissingAddress}
	}
	return dialTCP(network, raddr.String())
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

// Listen announces on the local address: ":8080", "127.0.0.1:0",
// "localhost:0" for "tcp" (an empty host listens on every interface, IPv4
// and IPv6), or a socket file's path for "unix". A datagram network
// resolves its address, then fails: it is no stream.
func Listen(network, address string) (Listener, error) {
	if isUDP(network) {
		a, err := ResolveUDPAddr(network, address)
		if err != nil {
			return nil, &OpError{Op: "listen", Net: network, Err: err}
		}
		return nil, unexpectedAddr(network, address, a)
	}
	if network == "unix" {
		l, err := listenUnix(network, address)
		if err != nil {
			return nil, err
		}
		return l, nil
	}
	l, err := listenTCP(network, address)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// listenIP binds a socket of sotype to a, at ip (nil: every interface)
// and port, listening for a stream. As in Go, any wildcard (0.0.0.0 as
// well as ::) gets the dual-stack socket unless network fixes the version,
// so Listen("tcp", "0.0.0.0:0") reports [::]:port.
func listenIP(network string, a Addr, ip IP, port int, sotype int) (*netFD, error) {
	if ip.IsUnspecified() && ipVersion(network) == 0 {
		ip = nil
	}
	fam, raw := socketFamily(network, ip)
	pd, fd, call, e := sysListen(fam, sotype, raw, port, "")
	if e != 0 {
		return nil, &OpError{Op: "listen", Net: network, Addr: a, Err: ioError(call, e)}
	}
	return newFD(pd, fd, network), nil
}

func listenTCP(network, address string) (*TCPListener, error) {
	a, err := resolve(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	fd, err := listenIP(network, a, a.IP, a.Port, sockStream)
	if err != nil {
		return nil, err
	}
	return &TCPListener{fd}, nil
}

// ListenTCP is Listen for a *TCPAddr (nil: any address, a free port).
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	address := ":0"
	if laddr != nil {
		address = laddr.String()
	}
	return listenTCP(network, address)
}

// Accept waits for the next connection.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptTCP waits for the next connection and returns it as a *TCPConn.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if l == nil || l.fd == nil {
		return nil, os.ErrInvalid
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, err
	}
	return &TCPConn{conn{fd}}, nil
}

func (l *TCPListener) Close() error {
	if l == nil {
		return os.ErrInvalid
	}
	return closeFD(l.fd)
}

func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline makes Accept fail with a timeout after t (zero: never).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if err := l.fd.setDeadline(t, 1); err != nil {
		return l.fd.opError("set", err)
	}
	return nil
}
