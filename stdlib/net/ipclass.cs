// IP forms and classes: To16, the text marshalling, the well-known
// addresses and the Is* predicates of Go's net.IP (loopback 127/8 and ::1,
// unspecified 0.0.0.0 and ::, private 10/8, 172.16/12, 192.168/16 and
// fc00::/7, multicast 224/4 and ff00::/8, link-local 169.254/16, fe80::/10,
// 224.0.0/24 and ff02::/16-style scopes).
package net

// Well-known IPv4 and IPv6 addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255)
	IPv4allsys    = IPv4(224, 0, 0, 1)
	IPv4allrouter = IPv4(224, 0, 0, 2)
	IPv4zero      = IPv4(0, 0, 0, 0)

	IPv6zero                   = make(IP, 16)
	IPv6unspecified            = make(IP, 16)
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

// To16 returns ip's 16-byte form, or nil if ip is not an IP address.
func (ip IP) To16() IP {
	if len(ip) == 4 {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == 16 {
		return ip
	}
	return nil
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IsUnspecified reports whether ip is 0.0.0.0 or ::.
func (ip IP) IsUnspecified() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0]|p4[1]|p4[2]|p4[3] == 0
	}
	return ip.Equal(IPv6unspecified)
}

// IsPrivate reports whether ip is in a private range (RFC 1918, RFC 4193).
func (ip IP) IsPrivate() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0] == 10 || (p4[0] == 172 && p4[1]&0xf0 == 16) || (p4[0] == 192 && p4[1] == 168)
	}
	return len(ip) == 16 && ip[0]&0xfe == 0xfc
}

// IsMulticast reports whether ip is a multicast address.
func (ip IP) IsMulticast() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0]&0xf0 == 0xe0
	}
	return len(ip) == 16 && ip[0] == 0xff
}

// IsInterfaceLocalMulticast reports whether ip is an IPv6 interface-local
// multicast address.
func (ip IP) IsInterfaceLocalMulticast() bool {
	return len(ip) == 16 && ip[0] == 0xff && ip[1]&0x0f == 0x01
}

// IsLinkLocalMulticast reports whether ip is a link-local multicast address.
func (ip IP) IsLinkLocalMulticast() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0] == 224 && p4[1] == 0 && p4[2] == 0
	}
	return len(ip) == 16 && ip[0] == 0xff && ip[1]&0x0f == 0x02
}

// IsLinkLocalUnicast reports whether ip is a link-local unicast address.
func (ip IP) IsLinkLocalUnicast() bool {
	if p4 := ip.To4(); len(p4) != 0 {
		return p4[0] == 169 && p4[1] == 254
	}
	return len(ip) == 16 && ip[0] == 0xfe && ip[1]&0xc0 == 0x80
}

// IsGlobalUnicast reports whether ip is a unicast address of no narrower
// scope (private addresses included, as in Go).
func (ip IP) IsGlobalUnicast() bool {
	return (len(ip) == 4 || len(ip) == 16) && !ip.Equal(IPv4bcast) && !ip.IsUnspecified() &&
		!ip.IsLoopback() && !ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// MarshalText is ip's String ("" for an empty IP); an IP of another length
// is an error.
func (ip IP) MarshalText() ([]byte, error) {
	if len(ip) == 0 {
		return []byte(""), nil
	}
	if len(ip) != 4 && len(ip) != 16 {
		return nil, &AddrError{Err: "invalid IP address", Addr: hexString(ip)}
	}
	return []byte(ip.String()), nil
}

// UnmarshalText parses text as ParseIP does (empty text: a nil IP).
func (ip *IP) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*ip = nil
		return nil
	}
	x := ParseIP(string(text))
	if len(x) == 0 {
		return &ParseError{Type: "IP address", Text: string(text)}
	}
	*ip = x
	return nil
}
