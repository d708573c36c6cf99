// UDP: UDPAddr and UDPConn, a datagram socket that is either bound
// (ListenUDP, ListenPacket: ReadFrom/WriteTo any peer) or connected
// (DialUDP, Dial: Read/Write one peer). Reads park on the netpoller like
// TCP's; a datagram longer than the buffer is cut to fit, as in Go.
package net

import (
	"errors"
	"os"
)

// UDPAddr is the address of a UDP end point.
type UDPAddr struct {
	IP   IP
	Port int
	Zone string
}

func (a *UDPAddr) Network() string { return "udp" }

func (a *UDPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return ipPortString(a.IP, a.Zone, a.Port)
}

func isUDP(network string) bool {
	return network == "udp" || network == "udp4" || network == "udp6"
}

// ResolveUDPAddr parses "host:port" into a UDPAddr (host names are looked up).
func ResolveUDPAddr(network, address string) (*UDPAddr, error) {
	if !isUDP(network) {
		return nil, UnknownNetworkError(network)
	}
	ip, port, err := resolveHostPort(network, address)
	if err != nil {
		return nil, err
	}
	return &UDPAddr{IP: ip, Port: port}, nil
}

// UDPConn is a UDP socket.
type UDPConn struct {
	conn
}

// ErrWriteToConnected is the error of WriteTo on a connected socket.
var ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")

// ListenUDP binds to laddr (nil, or a nil IP: every interface; port 0: a
// free one).
func ListenUDP(network string, laddr *UDPAddr) (*UDPConn, error) {
	if !isUDP(network) {
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &UDPAddr{}
	}
	fd, err := listenIP(network, laddr, laddr.IP, laddr.Port, sockDgram)
	if err != nil {
		return nil, err
	}
	return &UDPConn{conn{fd}}, nil
}

// opAddr is a as an Addr, nil (not a nil *UDPAddr) when a is nil.
func (a *UDPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

// ListenPacket binds a "udp", "udp4" or "udp6" socket to address. A
// stream network resolves its address, then fails: it is no datagram.
func ListenPacket(network, address string) (PacketConn, error) {
	if isTCP(network) {
		a, err := resolve(network, address)
		if err != nil {
			return nil, &OpError{Op: "listen", Net: network, Err: err}
		}
		return nil, unexpectedAddr(network, address, a)
	}
	a, err := ResolveUDPAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	c, err := ListenUDP(network, a)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// DialUDP connects to raddr; a local address (laddr) is not supported and
// is ignored.
func DialUDP(network string, laddr, raddr *UDPAddr) (*UDPConn, error) {
	if !isUDP(network) {
		return nil, &OpError{Op: "dial", Net: network, Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Err: errMissingAddress}
	}
	fd, err := dialIP(network, raddr, raddr.IP, raddr.Port, sockDgram)
	if err != nil {
		return nil, err
	}
	return &UDPConn{conn{fd}}, nil
}

func dialUDP(network, address string) (*UDPConn, error) {
	a, err := ResolveUDPAddr(network, address)
	if err != nil || address == "" {
		return nil, resolveError("dial", network, err)
	}
	return DialUDP(network, nil, a)
}

// ReadFromUDP reads one datagram into b and returns its size and sender.
func (c *UDPConn) ReadFromUDP(b []byte) (int, *UDPAddr, error) {
	if !c.ok() {
		return 0, nil, os.ErrInvalid
	}
	if err := c.fd.readable(); err != nil {
		return 0, nil, c.fd.opError("read", err)
	}
	n, ip, port, e := sysRecvFrom(c.fd.pd, b)
	if e != 0 {
		return 0, nil, c.fd.opError("read", ioError("recvfrom", e))
	}
	return n, &UDPAddr{IP: IP(ip), Port: port}, nil
}

// ReadFrom is ReadFromUDP for PacketConn; the address is nil on error.
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, a, err := c.ReadFromUDP(b)
	if a == nil {
		return n, nil, err
	}
	return n, a, err
}

// WriteToUDP sends b as one datagram to addr; the socket must not be
// connected.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	var err error
	switch {
	case c.fd.raddr != nil:
		err = ErrWriteToConnected
	case addr == nil:
		err = errMissingAddress
	default:
		err = c.fd.writable()
	}
	if err != nil {
		return 0, c.writeToError(addr.opAddr(), err)
	}
	fam, raw := c.peerFamily(addr.IP)
	n, e := sysSendTo(c.fd.pd, b, fam, raw, addr.Port)
	if e != 0 {
		return 0, c.writeToError(addr, ioError("sendto", e))
	}
	return n, nil
}

// peerFamily is ip's form for this socket: an IPv6 socket (a wildcard
// listener) reaches an IPv4 peer at its v4-mapped address.
func (c *UDPConn) peerFamily(ip IP) (int, []byte) {
	if len(ip) == 0 {
		ip = IPv4(127, 0, 0, 1)
	}
	fam, raw := family(ip)
	if fam == famIPv4 && c.isIPv6() {
		return famIPv6, []byte(IPv4(raw[0], raw[1], raw[2], raw[3]))
	}
	return fam, raw
}

func (c *UDPConn) isIPv6() bool {
	la, ok := c.fd.laddr.(*UDPAddr)
	return ok && len(la.IP) == 16
}

// writeToError is Go's error for a failed WriteTo: the local address and
// the destination.
func (c *UDPConn) writeToError(addr Addr, err error) error {
	return &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: err}
}

// WriteTo is WriteToUDP for PacketConn; addr must be a *UDPAddr.
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, c.writeToError(addr, os.ErrInvalid)
	}
	return c.WriteToUDP(b, a)
}
