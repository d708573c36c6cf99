// Package net: TCP clients and servers over the runtime's netpoller.
//
// Sockets are non-blocking and registered with the poller once
// (runtime/netpoll.h); a Read, Write, Accept or connect that would block
// parks only the calling goroutine ("IO wait"). The C side
// (stdlib/net/net.c) does the system calls and hands back errnos; this file
// builds Go's values and errors from them:
//
//	dial tcp 127.0.0.1:1: connect: connection refused
//	listen tcp :80: bind: permission denied
//	accept tcp 127.0.0.1:4000: use of closed network connection
//	read tcp 127.0.0.1:4000->127.0.0.1:51234: i/o timeout
//
// A netFD is shared by a TCPConn/TCPListener and its copies; `closed` is
// set before the descriptor is released, so later calls report
// ErrClosed instead of touching a recycled fd.
package net

import (
	"errors"
	"io"
	"os"
	"syscall"
	"time"
)

// ---- C side (net.c) ----------------------------------------------------------

// sysListen/sysConnect return the poll descriptor and fd of a new socket,
// or the failing system call's name and errno.
func sysListen(family int, ip []byte, port int) (pd uintptr, fd int, call string, errno int)
func sysConnect(family int, ip []byte, port int) (pd uintptr, fd int, call string, errno int)
func sysAccept(pd uintptr) (npd uintptr, fd int, errno int)
func sysRead(pd uintptr, b []byte) (n int, errno int)
func sysWrite(pd uintptr, b []byte) (n int, errno int)
func sysClose(pd uintptr, fd int) int
func sysShutdown(fd int, how int) int
func sysSetDeadline(pd uintptr, d int64, none bool, mode int)

// sysAddr returns fd's local (peer false) or remote address: a 4- or
// 16-byte IP and a port.
func sysAddr(fd int, peer bool) (ip []byte, port int)

// sysLookup resolves host to one IP (IPv4 preferred); errno != 0 means
// "no such host".
func sysLookup(host string) (ip []byte, errno int)

// errstr is Go's text for an errno (runtime/fdio.c).
func errstr(e int) string

// poller conditions, KEEP IN SYNC: runtime/netpoll.h
const (
	eClosing = 100000
	eTimeout = 100001
)

// ---- addresses ------------------------------------------------------------------

// An IP is a 4-byte IPv4 or a 16-byte IPv6 address.
type IP []byte

var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 returns the 16-byte form of a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, 16)
	copy(p, v4InV6Prefix)
	p[12], p[13], p[14], p[15] = a, b, c, d
	return p
}

// To4 returns ip's 4-byte form, or nil if ip is not IPv4.
func (ip IP) To4() IP {
	if len(ip) == 4 {
		return ip
	}
	if len(ip) == 16 {
		for i := 0; i < 12; i++ {
			if ip[i] != v4InV6Prefix[i] {
				return nil
			}
		}
		return ip[12:16]
	}
	return nil
}

func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if p4 := ip.To4(); len(p4) == 4 {
		return itoa(int(p4[0])) + "." + itoa(int(p4[1])) + "." + itoa(int(p4[2])) + "." + itoa(int(p4[3]))
	}
	if len(ip) != 16 {
		return "?" + hexString(ip)
	}
	// Longest run of zero 16-bit groups (at least two) becomes "::".
	best, bestLen := -1, 1
	for i := 0; i < 16; i += 2 {
		j := i
		for j < 16 && ip[j] == 0 && ip[j+1] == 0 {
			j += 2
		}
		if j-i > bestLen*2 {
			best, bestLen = i, (j-i)/2
		}
		if j > i {
			i = j - 2
		}
	}
	s := ""
	for i := 0; i < 16; i += 2 {
		if i == best {
			s += "::"
			i += bestLen*2 - 2
			continue
		}
		if i > 0 && i != best+bestLen*2 {
			s += ":"
		}
		s += hex16(int(ip[i])<<8 | int(ip[i+1]))
	}
	return s
}

func (ip IP) Equal(x IP) bool {
	a, b := ip.To4(), x.To4()
	if len(a) != 0 && len(b) != 0 {
		return string(a) == string(b)
	}
	return string(ip) == string(x)
}

// ParseIP parses a dotted IPv4 or an IPv6 address; nil if s is neither.
func ParseIP(s string) IP {
	if ip := parseIPv4(s); len(ip) != 0 {
		return ip
	}
	return parseIPv6(s)
}

func parseIPv4(s string) IP {
	var b [4]byte
	for i := 0; i < 4; i++ {
		if i > 0 {
			if len(s) == 0 || s[0] != '.' {
				return nil
			}
			s = s[1:]
		}
		n, digits := 0, 0
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			n = n*10 + int(s[digits]-'0')
			digits++
			if n > 255 {
				return nil
			}
		}
		if digits == 0 || digits > 1 && s[0] == '0' {
			return nil
		}
		s = s[digits:]
		b[i] = byte(n)
	}
	if len(s) != 0 {
		return nil
	}
	return IPv4(b[0], b[1], b[2], b[3])
}

func parseIPv6(s string) IP {
	ip := make(IP, 16)
	ellipsis := -1
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip
		}
	}
	i := 0
	for i < 16 {
		n, digits := 0, 0
		for digits < len(s) && digits < 5 && hexVal(s[digits]) >= 0 {
			n = n*16 + hexVal(s[digits])
			digits++
		}
		if digits == 0 || digits > 4 {
			return nil
		}
		if digits < len(s) && s[digits] == '.' {
			if ellipsis < 0 && i != 12 || i+4 > 16 {
				return nil
			}
			v4 := parseIPv4(s)
			if len(v4) == 0 {
				return nil
			}
			copy(ip[i:], v4[12:])
			i += 4
			s = ""
			break
		}
		ip[i], ip[i+1] = byte(n>>8), byte(n)
		i += 2
		s = s[digits:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil
	}
	if i < 16 {
		if ellipsis < 0 {
			return nil
		}
		n := 16 - i
		for j := i - 1; j >= ellipsis; j-- {
			ip[j+n] = ip[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			ip[j] = 0
		}
	} else if ellipsis >= 0 {
		return nil
	}
	return ip
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func hex16(v int) string {
	const digits = "0123456789abcdef"
	s := ""
	for {
		s = string(digits[v&15]) + s
		v >>= 4
		if v == 0 {
			return s
		}
	}
}

func hexString(b []byte) string {
	s := ""
	for _, c := range b {
		s += hex16(int(c >> 4))
		s += hex16(int(c & 15))
	}
	return s
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// Addr is a network end point address.
type Addr interface {
	Network() string
	String() string
}

// TCPAddr is the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	host := ""
	if len(a.IP) != 0 {
		host = a.IP.String()
	}
	if a.Zone != "" {
		host += "%" + a.Zone
	}
	return JoinHostPort(host, itoa(a.Port))
}

// JoinHostPort makes "host:port", bracketing hosts that contain a colon.
func JoinHostPort(host, port string) string {
	for i := 0; i < len(host); i++ {
		if host[i] == ':' {
			return "[" + host + "]:" + port
		}
	}
	return host + ":" + port
}

// AddrError is an invalid address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool { return false }

func (e *AddrError) Temporary() bool { return false }

// SplitHostPort splits "host:port", "[host]:port" or "[host%zone]:port".
func SplitHostPort(hostport string) (host, port string, err error) {
	last := -1
	for i := len(hostport) - 1; i >= 0; i-- {
		if hostport[i] == ':' {
			last = i
			break
		}
	}
	if last < 0 {
		return "", "", &AddrError{Err: "missing port in address", Addr: hostport}
	}
	if hostport[0] == '[' {
		end := -1
		for i := 1; i < len(hostport); i++ {
			if hostport[i] == ']' {
				end = i
				break
			}
		}
		if end < 0 {
			return "", "", &AddrError{Err: "missing ']' in address", Addr: hostport}
		}
		switch end + 1 {
		case len(hostport):
			return "", "", &AddrError{Err: "missing port in address", Addr: hostport}
		case last:
		default:
			if hostport[end+1] == ':' {
				return "", "", &AddrError{Err: "too many colons in address", Addr: hostport}
			}
			return "", "", &AddrError{Err: "missing port in address", Addr: hostport}
		}
		host = hostport[1:end]
	} else {
		host = hostport[:last]
		for i := 0; i < len(host); i++ {
			if host[i] == ':' {
				return "", "", &AddrError{Err: "too many colons in address", Addr: hostport}
			}
		}
	}
	return host, hostport[last+1:], nil
}

// DNSError is a failed name lookup.
type DNSError struct {
	Err  string
	Name string
}

func (e *DNSError) Error() string { return "lookup " + e.Name + ": " + e.Err }

func (e *DNSError) Timeout() bool { return false }

func (e *DNSError) Temporary() bool { return false }

// UnknownNetworkError is a network name other than "tcp", "tcp4", "tcp6".
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string { return "unknown network " + string(e) }

func (e UnknownNetworkError) Timeout() bool { return false }

func (e UnknownNetworkError) Temporary() bool { return false }

// resolve turns "host:port" into a TCPAddr. An empty host stays nil (the
// wildcard); "localhost" is the IPv4 loopback, as Go's resolver prefers.
// An empty address is the wildcard with port 0, as for Go's Listen.
func resolve(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, UnknownNetworkError(network)
	}
	var host, port string
	if address != "" {
		h, p, err := SplitHostPort(address)
		if err != nil {
			return nil, err
		}
		host, port = h, p
	}
	p, err := lookupPort(network, port)
	if err != nil {
		return nil, err
	}
	a := &TCPAddr{Port: p}
	switch {
	case host == "":
	case host == "localhost":
		a.IP = IPv4(127, 0, 0, 1)
	default:
		if a.IP = ParseIP(host); len(a.IP) == 0 {
			ip, e := sysLookup(host)
			if e != 0 {
				return nil, &DNSError{Err: "no such host", Name: host}
			}
			a.IP = IP(ip)
		}
	}
	return a, nil
}

// family picks the socket family for ip: IPv4 when it has a 4-byte form,
// else IPv6 (a nil ip, the wildcard, gets a dual-stack IPv6 socket).
func family(ip IP) (int, []byte) {
	if p4 := ip.To4(); len(p4) != 0 {
		return 4, []byte(p4)
	}
	return 6, []byte(ip)
}

// ---- errors -----------------------------------------------------------------------

// Error is a network error.
type Error interface {
	Error() string
	Timeout() bool
	Temporary() bool
}

// ErrClosed is the error of an operation on a closed connection or listener.
var ErrClosed = errors.New("use of closed network connection")

// OpError is the error type net functions return: "op net src->addr: err".
type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

// Timeout and Temporary ask the underlying error, looking through a
// *os.SyscallError, as Go does.
func (e *OpError) Timeout() bool {
	t, ok := e.cause().(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	if e.Op == "accept" {
		if n, ok := e.cause().(errno); ok && (n == 104 || n == 103) { // ECONNRESET, ECONNABORTED
			return true
		}
	}
	t, ok := e.cause().(interface{ Temporary() bool })
	return ok && t.Temporary()
}

func (e *OpError) cause() error {
	if se, ok := e.Err.(*os.SyscallError); ok {
		return se.Err
	}
	return e.Err
}

// errTimeout is the error of an operation past its deadline.
var errTimeout error = os.ErrDeadlineExceeded

// errno is a system call error number (syscall.Errno, as in Go).
type errno = syscall.Errno

// ioError maps a code from the C side: the poller's conditions, or errno
// e of system call `call`.
func ioError(call string, e int) error {
	switch e {
	case eClosing:
		return ErrClosed
	case eTimeout:
		return errTimeout
	}
	return os.NewSyscallError(call, errno(e))
}

// ---- connections ----------------------------------------------------------------

type netFD struct {
	pd     uintptr // runtime poll descriptor
	fd     int
	closed bool
	laddr  *TCPAddr
	raddr  *TCPAddr
	rdl    int64 // read deadline, Unix ns; 0: none
	wdl    int64 // write deadline
}

func newFD(pd uintptr, fd int) *netFD {
	nfd := &netFD{pd: pd, fd: fd}
	ip, port := sysAddr(fd, false)
	nfd.laddr = &TCPAddr{IP: IP(ip), Port: port}
	ip, port = sysAddr(fd, true)
	if len(ip) != 0 {
		nfd.raddr = &TCPAddr{IP: IP(ip), Port: port}
	}
	return nfd
}

// opError wraps err for operation op on fd, Go style (local->remote).
func (fd *netFD) opError(op string, err error) error {
	e := &OpError{Op: op, Net: "tcp", Err: err}
	if fd.laddr != nil {
		e.Source = fd.laddr
	}
	if fd.raddr != nil {
		e.Addr = fd.raddr
	}
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

// expired reports whether deadline dl has passed.
func expired(dl int64) bool {
	return dl != 0 && time.Now().UnixNano() >= dl
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

// TCPConn is a TCP connection.
type TCPConn struct {
	fd *netFD
}

// Read reads up to len(b) bytes; at end of stream it returns 0, io.EOF.
func (c *TCPConn) Read(b []byte) (int, error) {
	if c == nil || c.fd == nil {
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
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes all of b unless an error stops it.
func (c *TCPConn) Write(b []byte) (int, error) {
	if c == nil || c.fd == nil {
		return 0, os.ErrInvalid
	}
	if c.fd.closed {
		return 0, c.fd.opError("write", ErrClosed)
	}
	if expired(c.fd.wdl) {
		return 0, c.fd.opError("write", errTimeout)
	}
	n, e := sysWrite(c.fd.pd, b)
	if e != 0 {
		return n, c.fd.opError("write", ioError("write", e))
	}
	return n, nil
}

func (c *TCPConn) Close() error {
	if c == nil || c.fd == nil {
		return os.ErrInvalid
	}
	if err := c.fd.close(); err != nil {
		return c.fd.opError("close", err)
	}
	return nil
}

// CloseWrite shuts down the sending side (the peer reads EOF).
func (c *TCPConn) CloseWrite() error {
	if c == nil || c.fd == nil {
		return os.ErrInvalid
	}
	if c.fd.closed {
		return c.fd.opError("close", ErrClosed)
	}
	if e := sysShutdown(c.fd.fd, 1); e != 0 {
		return c.fd.opError("close", os.NewSyscallError("shutdown", errno(e)))
	}
	return nil
}

// CloseRead shuts down the receiving side.
func (c *TCPConn) CloseRead() error {
	if c == nil || c.fd == nil {
		return os.ErrInvalid
	}
	if c.fd.closed {
		return c.fd.opError("close", ErrClosed)
	}
	if e := sysShutdown(c.fd.fd, 0); e != 0 {
		return c.fd.opError("close", os.NewSyscallError("shutdown", errno(e)))
	}
	return nil
}

func (c *TCPConn) LocalAddr() Addr {
	if c == nil || c.fd == nil || c.fd.laddr == nil {
		return nil
	}
	return c.fd.laddr
}

func (c *TCPConn) RemoteAddr() Addr {
	if c == nil || c.fd == nil || c.fd.raddr == nil {
		return nil
	}
	return c.fd.raddr
}

func (c *TCPConn) setDeadline(op string, t time.Time, mode int) error {
	if c == nil || c.fd == nil {
		return os.ErrInvalid
	}
	if err := c.fd.setDeadline(t, mode); err != nil {
		return c.fd.opError(op, err)
	}
	return nil
}

// SetDeadline sets the read and write deadlines; the zero Time clears them.
func (c *TCPConn) SetDeadline(t time.Time) error { return c.setDeadline("set", t, 3) }

func (c *TCPConn) SetReadDeadline(t time.Time) error { return c.setDeadline("set", t, 1) }

func (c *TCPConn) SetWriteDeadline(t time.Time) error { return c.setDeadline("set", t, 2) }

// Dial connects to address on network "tcp" (or "tcp4"/"tcp6").
func Dial(network, address string) (Conn, error) {
	c, err := dialTCP(network, address)
	if err != nil {
		return nil, err
	}
	return c, nil
}

var errMissingAddress = errors.New("missing address")

func dialTCP(network, address string) (*TCPConn, error) {
	a, err := resolve(network, address)
	if err == nil && address == "" {
		err = errMissingAddress
	}
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	ip := a.IP
	if len(ip) == 0 {
		ip = IPv4(127, 0, 0, 1)
	}
	fam, raw := family(ip)
	pd, fd, call, e := sysConnect(fam, raw, a.Port)
	if e != 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: ioError(call, e)}
	}
	return &TCPConn{newFD(pd, fd)}, nil
}

// ResolveTCPAddr parses "host:port" into a TCPAddr (host names are looked up).
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	return resolve(network, address)
}

// DialTCP connects to raddr; a local address (laddr) is not supported and
// must be nil.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Err: errMissingAddress}
	}
	return dialTCP(network, raddr.String())
}

// ---- listeners --------------------------------------------------------------------

// Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

// Listen announces on the local address: ":8080", "127.0.0.1:0",
// "localhost:0". An empty host listens on every interface (IPv4 and IPv6).
func Listen(network, address string) (Listener, error) {
	a, err := resolve(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	fam, raw := family(a.IP)
	pd, fd, call, e := sysListen(fam, raw, a.Port)
	if e != 0 {
		return nil, &OpError{Op: "listen", Net: network, Addr: a, Err: ioError(call, e)}
	}
	return &TCPListener{newFD(pd, fd)}, nil
}

// ListenTCP is Listen for a *TCPAddr (nil: any address, a free port).
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	address := ":0"
	if laddr != nil {
		address = laddr.String()
	}
	l, err := Listen(network, address)
	if err != nil {
		return nil, err
	}
	return l.(*TCPListener), nil
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
	if l.fd.closed {
		return nil, l.fd.opError("accept", ErrClosed)
	}
	if expired(l.fd.rdl) {
		return nil, l.fd.opError("accept", errTimeout)
	}
	npd, nfd, e := sysAccept(l.fd.pd)
	if e != 0 {
		return nil, l.fd.opError("accept", ioError("accept4", e))
	}
	return &TCPConn{newFD(npd, nfd)}, nil
}

func (l *TCPListener) Close() error {
	if l == nil || l.fd == nil {
		return os.ErrInvalid
	}
	if err := l.fd.close(); err != nil {
		return l.fd.opError("close", err)
	}
	return nil
}

func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline makes Accept fail with a timeout after t (zero: never).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if err := l.fd.setDeadline(t, 1); err != nil {
		return l.fd.opError("set", err)
	}
	return nil
}
