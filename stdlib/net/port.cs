// Ports: the service part of "host:port", as Go 1.19's LookupPort reads it.
//
// A decimal number (with an optional sign) is the port itself; an empty
// string is port 0; anything else is a service name, looked up
// case-insensitively in Go's small built-in table with /etc/services read
// over it once, on the first name lookup (Go's port_unix.go). Errors read
// like Go's: "address 99999: invalid port", "address tcp/xyz: unknown port".
package net

// services maps a protocol ("tcp", "udp") to its service names' ports.
var services = map[string]map[string]int{
	"udp": {"domain": 53},
	"tcp": {
		"ftp":    21,
		"ftps":   990,
		"gopher": 70,
		"http":   80,
		"https":  443,
		"imap2":  143,
		"imap3":  220,
		"imaps":  993,
		"pop3":   110,
		"pop3s":  995,
		"ssh":    22,
		"telnet": 23,
	},
}

var servicesRead bool

// LookupPort returns the port of service ("https", "8080") on network; a
// name needs a "tcp" or "udp" network ("": neither, as Go's resolver has it).
func LookupPort(network, service string) (int, error) {
	if _, needsLookup := parsePort(service); needsLookup {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		case "":
			network = "ip"
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
	}
	return lookupPort(network, service)
}

// lookupPort returns the port that service names on network.
func lookupPort(network, service string) (int, error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		var err error
		if port, err = lookupService(network, service); err != nil {
			return 0, err
		}
	}
	if port < 0 || port > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

// parsePort reads a signed decimal port, saturating far out of range so
// that the caller rejects it; needsLookup means service is not a number.
func parsePort(service string) (port int, needsLookup bool) {
	if service == "" {
		return 0, false
	}
	const cutoff = 1 << 30
	neg := false
	switch service[0] {
	case '+':
		service = service[1:]
	case '-':
		neg = true
		service = service[1:]
	}
	n := 0
	for i := 0; i < len(service); i++ {
		c := service[i]
		if c < '0' || c > '9' {
			return 0, true
		}
		if n < cutoff {
			n = n*10 + int(c-'0')
		}
	}
	if n > cutoff {
		n = cutoff
	}
	if neg {
		return -n, false
	}
	return n, false
}

// lookupService finds a service name in the table (tcp4/tcp6 share tcp's, udp4/udp6 udp's).
func lookupService(network, service string) (int, error) {
	if !servicesRead {
		servicesRead = true
		readServices()
	}
	switch network {
	case "tcp4", "tcp6":
		network = "tcp"
	case "udp4", "udp6":
		network = "udp"
	}
	if port, ok := services[network][lowerASCII(service)]; ok {
		return port, nil
	}
	return 0, &AddrError{Err: "unknown port", Addr: network + "/" + service}
}

// readServices adds /etc/services' lines ("http 80/tcp www # comment"):
// the name and each alias map to the port under its protocol.
func readServices() {
	eachConfigLine("/etc/services", func(f []string) {
		if len(f) < 2 {
			return
		}
		port, proto, ok := portProto(f[1])
		if !ok {
			return
		}
		m, ok := services[proto]
		if !ok {
			m = make(map[string]int)
			services[proto] = m
		}
		for i, name := range f {
			if i != 1 {
				m[name] = port
			}
		}
	})
}

// portProto splits "80/tcp" into a positive port and the protocol.
func portProto(s string) (int, string, bool) {
	port, i := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9' && port < 1<<24; i++ {
		port = port*10 + int(s[i]-'0')
	}
	if i == 0 || port <= 0 || i >= len(s) || s[i] != '/' {
		return 0, "", false
	}
	return port, s[i+1:], true
}
