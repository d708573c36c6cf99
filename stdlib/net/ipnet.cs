// Networks: IPMask, IPNet and ParseCIDR, as Go 1.19's.
//
// A mask is 4 bytes (IPv4) or 16; a 16-byte mask whose first 12 bytes are
// all ones also masks an IPv4 address (Go's rule). ParseCIDR returns the
// address as written (16-byte form for IPv4) and the network with its host
// bits cleared, in the address's own length: "10.1.2.3/8" gives 10.1.2.3
// and 10.0.0.0/8 (a 4-byte IP and mask). String writes a contiguous mask
// as its prefix length ("/8") and any other in hex ("/ff00ff00").
package net

// An IPMask is a bitmask that picks an IP address's network part.
type IPMask []byte

// An IPNet is an IP network: an address and the mask of its prefix.
type IPNet struct {
	IP   IP
	Mask IPMask
}

// ParseError is the error of a malformed address text.
type ParseError struct {
	Type string
	Text string
}

func (e *ParseError) Error() string { return "invalid " + e.Type + ": " + e.Text }

func (e *ParseError) Timeout() bool { return false }

func (e *ParseError) Temporary() bool { return false }

// IPv4Mask returns the 4-byte mask a.b.c.d.
func IPv4Mask(a, b, c, d byte) IPMask {
	return IPMask{a, b, c, d}
}

// CIDRMask returns a mask of bits bits (32 or 128) whose first ones are
// set; nil for any other shape.
func CIDRMask(ones, bits int) IPMask {
	if bits != 8*IPv4len && bits != 8*IPv6len || ones < 0 || ones > bits {
		return nil
	}
	m := make(IPMask, bits/8)
	for i := range m {
		switch {
		case ones >= 8:
			m[i] = 0xff
			ones -= 8
		case ones > 0:
			m[i] = ^byte(0xff >> uint(ones))
			ones = 0
		}
	}
	return m
}

// prefixLen is the number of leading ones of m, or -1 when a one follows
// a zero.
func (m IPMask) prefixLen() int {
	n := 0
	zero := false
	for _, b := range m {
		for bit := 7; bit >= 0; bit-- {
			switch {
			case b>>uint(bit)&1 == 0:
				zero = true
			case zero:
				return -1
			default:
				n++
			}
		}
	}
	return n
}

// Size returns the leading ones and the length in bits of m; 0, 0 when
// m is not of that canonical form.
func (m IPMask) Size() (ones, bits int) {
	n := m.prefixLen()
	if n < 0 {
		return 0, 0
	}
	return n, 8 * len(m)
}

// String is m in hexadecimal, "<nil>" for an empty mask.
func (m IPMask) String() string {
	if len(m) == 0 {
		return "<nil>"
	}
	return hexString(m)
}

// DefaultMask is the classful mask of an IPv4 address (nil for IPv6).
func (ip IP) DefaultMask() IPMask {
	p4 := ip.To4()
	switch {
	case len(p4) == 0:
		return nil
	case p4[0] < 0x80:
		return CIDRMask(8, 32)
	case p4[0] < 0xC0:
		return CIDRMask(16, 32)
	}
	return CIDRMask(24, 32)
}

// Mask returns ip with mask applied, or nil when their lengths do not fit.
func (ip IP) Mask(mask IPMask) IP {
	if len(mask) == IPv6len && len(ip) == IPv4len && allOnes(mask[:12]) {
		mask = mask[12:]
	}
	if len(mask) == IPv4len && len(ip) == IPv6len && string(ip[:12]) == string(v4InV6Prefix) {
		ip = ip[12:]
	}
	if len(ip) != len(mask) {
		return nil
	}
	out := make(IP, len(ip))
	for i := range ip {
		out[i] = ip[i] & mask[i]
	}
	return out
}

func allOnes(b []byte) bool {
	for _, c := range b {
		if c != 0xff {
			return false
		}
	}
	return true
}

// numberAndMask returns n's address and mask in the same length (4 or
// 16 bytes), or nil when they cannot be.
func (n *IPNet) numberAndMask() (IP, IPMask) {
	ip := n.IP.To4()
	if len(ip) == 0 {
		ip = n.IP
		if len(ip) != IPv6len {
			return nil, nil
		}
	}
	m := n.Mask
	switch len(m) {
	case IPv4len:
		if len(ip) != IPv4len {
			return nil, nil
		}
	case IPv6len:
		if len(ip) == IPv4len {
			m = m[12:]
		}
	default:
		return nil, nil
	}
	return ip, m
}

// Contains reports whether ip is in network n.
func (n *IPNet) Contains(ip IP) bool {
	nn, m := n.numberAndMask()
	if len(nn) == 0 {
		return false
	}
	if x := ip.To4(); len(x) != 0 {
		ip = x
	}
	if len(ip) != len(nn) {
		return false
	}
	for i := range ip {
		if nn[i]&m[i] != ip[i]&m[i] {
			return false
		}
	}
	return true
}

// Network is the name of IPNet's network, "ip+net".
func (n *IPNet) Network() string { return "ip+net" }

// String is "address/prefix", the mask in hex when it is not a prefix.
func (n *IPNet) String() string {
	if n == nil {
		return "<nil>"
	}
	nn, m := n.numberAndMask()
	if len(nn) == 0 || len(m) == 0 {
		return "<nil>"
	}
	if l := m.prefixLen(); l >= 0 {
		return nn.String() + "/" + itoa(l)
	}
	return nn.String() + "/" + m.String()
}

// ParseCIDR parses "address/prefix" ("192.0.2.1/24", "2001:db8::1/32").
func ParseCIDR(s string) (IP, *IPNet, error) {
	slash := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			slash = i
			break
		}
	}
	if slash < 0 {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	addr, prefix := s[:slash], s[slash+1:]
	bits := 8 * IPv4len
	ip := parseIPv4(addr)
	if len(ip) == 0 {
		bits = 8 * IPv6len
		ip = parseIPv6(addr)
	}
	ones, ok := decimal(prefix)
	if len(ip) == 0 || !ok || ones > bits {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	m := CIDRMask(ones, bits)
	return ip, &IPNet{IP: ip.Mask(m), Mask: m}, nil
}

// decimal reads s as an unsigned decimal of at most six digits' worth
// (Go's dtoi: leading zeros are fine).
func decimal(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n >= 0xFFFFFF {
			return 0, false
		}
	}
	return n, len(s) > 0
}
