// Package net: TCP, UDP and unix-domain sockets over the runtime's netpoller.
//
// Sockets are non-blocking and registered with the poller once
// (runtime/netpoll.h); a Read, Write, Accept or connect that would block
// parks only the calling goroutine ("IO wait"). The C side
// (stdlib/net/net.c) does the system calls and hands back errnos; this file
// holds IP addresses, address parsing and the errors built from them:
//
//	dial tcp 127.0.0.1:1: connect: connection refused
//	listen tcp :80: bind: permission denied
//	accept tcp 127.0.0.1:4000: use of closed network connection
//	read tcp 127.0.0.1:4000->127.0.0.1:51234: i/o timeout
//
// Files: conn.cs (the descriptor and what every connection does), tcp.cs,
// udp.cs, unix.cs (one per network), dialer.cs, sockopt.cs, port.cs,
// ipnet.cs (masks, CIDR), lookup.cs (LookupHost, LookupIP), conffile.cs.
package net

import (
	"internal/poll"
	"os"
	"syscall"
)

// ---- C side (net.c) ----------------------------------------------------------

// sysListen/sysConnect return the poll descriptor and fd of a new socket
// of family (famIPv4, famIPv6; famUnix at path) and sotype, bound (and
// listening, for streams) or connected; or the failing system call's name
// and errno.
func sysListen(family int, sotype int, ip []byte, port int, path string) (pd uintptr, fd int, call string, errno int)
func sysConnect(family int, sotype int, ip []byte, port int, path string) (pd uintptr, fd int, call string, errno int)
func sysAccept(pd uintptr) (npd uintptr, fd int, errno int)
func sysRead(pd uintptr, b []byte) (n int, errno int)
func sysWrite(pd uintptr, b []byte) (n int, errno int)
func sysClose(pd uintptr, fd int) int
func sysShutdown(fd int, how int) int
func sysSetDeadline(pd uintptr, d int64, none bool, mode int)

// sysAddr returns fd's local (peer false) or remote address: a 4- or
// 16-byte IP and a port.
func sysAddr(fd int, peer bool) (ip []byte, port int)

// sysUnixName returns fd's local or remote unix-domain address ("@" for an
// unnamed one, as in Go), "" if it has none.
func sysUnixName(fd int, peer bool) string

// sysRecvFrom reads one datagram and its sender's address; sysSendTo
// sends b as one datagram to ip:port.
func sysRecvFrom(pd uintptr, b []byte) (n int, ip []byte, port int, errno int)
func sysSendTo(pd uintptr, b []byte, family int, ip []byte, port int) (n int, errno int)

// socket families and types, KEEP IN SYNC: net.c
const (
	famUnix = 1
	famIPv4 = 4
	famIPv6 = 6
	// famIPv6Only is an IPv6 socket that serves no IPv4 peers ("tcp6").
	famIPv6Only = 7

	sockStream = 1
	sockDgram  = 2
)

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

// IP address lengths in bytes.
const (
	IPv4len = 4
	IPv6len = 16
)

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
	return ipPortString(a.IP, a.Zone, a.Port)
}

// ipPortString is "ip%zone:port", bracketed for IPv6; a nil ip is empty.
func ipPortString(ip IP, zone string, port int) string {
	host := ""
	if len(ip) != 0 {
		host = ip.String()
	}
	if zone != "" {
		host += "%" + zone
	}
	return JoinHostPort(host, itoa(port))
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
	Err         string
	Name        string
	Server      string
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	return s + ": " + e.Err
}

func (e *DNSError) Timeout() bool { return e.IsTimeout }

func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// noSuchHost is the error of a name that no source knows.
func noSuchHost(name string) error {
	return &DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

// UnknownNetworkError is a network name other than "tcp", "tcp4", "tcp6".
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string { return "unknown network " + string(e) }

func (e UnknownNetworkError) Timeout() bool { return false }

func (e UnknownNetworkError) Temporary() bool { return false }

// resolve turns "host:port" into a TCPAddr.
func resolve(network, address string) (*TCPAddr, error) {
	if !isTCP(network) {
		return nil, UnknownNetworkError(network)
	}
	ip, port, err := resolveHostPort(network, address)
	if err != nil {
		return nil, err
	}
	return &TCPAddr{IP: ip, Port: port}, nil
}

// unexpectedAddr is Go's error of listening on a (resolved from address)
// with the wrong kind of call: a stream on "udp", packets on "tcp".
func unexpectedAddr(network, address string, a Addr) error {
	return &OpError{Op: "listen", Net: network, Addr: a, Err: &AddrError{Err: "unexpected address type", Addr: address}}
}

func isTCP(network string) bool {
	return network == "tcp" || network == "tcp4" || network == "tcp6"
}

// resolveHostPort splits and looks up "host:port" for an IP network. An
// empty host stays nil (the wildcard); "localhost" is the IPv4 loopback,
// as Go's resolver prefers. An empty address is the wildcard with port 0,
// as for Go's Listen.
func resolveHostPort(network, address string) (IP, int, error) {
	var host, port string
	if address != "" {
		h, p, err := SplitHostPort(address)
		if err != nil {
			return nil, 0, err
		}
		host, port = h, p
	}
	p, err := lookupPort(network, port)
	if err != nil {
		return nil, 0, err
	}
	switch host {
	case "":
		return nil, p, nil
	case "localhost":
		return suitable(network, host, IPv4(127, 0, 0, 1), p)
	}
	if ip := ParseIP(host); len(ip) != 0 {
		return suitable(network, host, ip, p)
	}
	ip, e := sysLookup(host)
	if e != 0 {
		return nil, 0, noSuchHost(host)
	}
	return suitable(network, host, IP(ip), p)
}

// ipVersion is '4' or '6' for a network limited to that IP version
// ("tcp4", "udp6"), else 0.
func ipVersion(network string) byte {
	if n := len(network); n > 0 && (network[n-1] == '4' || network[n-1] == '6') {
		return network[n-1]
	}
	return 0
}

// suitable checks host's address ip against network's IP version, as Go's
// address filter does: "tcp4" takes IPv4 (and :: as 0.0.0.0), "tcp6" IPv6
// that is not v4-mapped.
func suitable(network, host string, ip IP, port int) (IP, int, error) {
	v4 := len(ip.To4()) != 0
	switch ipVersion(network) {
	case '4':
		if ip.Equal(IPv6unspecified) {
			return IPv4zero, port, nil
		}
		if !v4 {
			return nil, 0, &AddrError{Err: "no suitable address found", Addr: host}
		}
	case '6':
		if v4 {
			return nil, 0, &AddrError{Err: "no suitable address found", Addr: host}
		}
	}
	return ip, port, nil
}

// family picks the socket family for ip: IPv4 when it has a 4-byte form,
// else IPv6 (a nil ip, the wildcard, gets a dual-stack IPv6 socket).
func family(ip IP) (int, []byte) {
	if p4 := ip.To4(); len(p4) != 0 {
		return famIPv4, []byte(p4)
	}
	return famIPv6, []byte(ip)
}

// socketFamily is family for a new socket on network, which may fix the
// version: a "tcp6"/"udp6" socket serves IPv6 alone (IPV6_V6ONLY), and a
// nil ip on "tcp4"/"udp4" is 0.0.0.0 (resolve has already turned away an
// address of the other version).
func socketFamily(network string, ip IP) (int, []byte) {
	switch ipVersion(network) {
	case '4':
		if len(ip) == 0 {
			return famIPv4, nil
		}
	case '6':
		return famIPv6Only, []byte(ip)
	}
	return family(ip)
}

// ---- errors -----------------------------------------------------------------------

// Error is a network error.
type Error interface {
	Error() string
	Timeout() bool
	Temporary() bool
}

// ErrClosed is the error of an operation on a closed connection or listener.
var ErrClosed error = poll.ErrNetClosing

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
