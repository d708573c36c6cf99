// IP forms and classes: To16 and the Is* predicates of Go's net.IP
// (loopback 127/8 and ::1, unspecified 0.0.0.0 and ::, private 10/8,
// 172.16/12, 192.168/16 and fc00::/7).
package net

// IPv6loopback is ::1; IPv6unspecified is ::.
var (
	IPv6loopback    = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6unspecified = make(IP, 16)
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
