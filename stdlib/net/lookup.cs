// Host lookups: LookupHost and LookupIP, in the order of Go 1.19's resolver
// on a "hosts: files dns" system. An IP literal is itself; a name in
// /etc/hosts (matched without case, the file read at each lookup) has the
// file's addresses for it, in the file's order; any other name goes to the
// C library's resolver, which gives its one preferred address. A name that
// nothing knows is a *DNSError "lookup NAME: no such host" (Go also names
// the DNS server it asked). Go sorts LookupIP's answers by RFC 6724; here
// they keep LookupHost's order.
package net

const hostsPath = "/etc/hosts"

// LookupHost returns host's addresses as strings.
func LookupHost(host string) ([]string, error) {
	if host == "" {
		return nil, noSuchHost(host)
	}
	if len(ParseIP(host)) != 0 {
		return []string{host}, nil
	}
	if addrs := staticHost(host); len(addrs) != 0 {
		return addrs, nil
	}
	ip, e := sysLookup(host)
	if e != 0 {
		return nil, noSuchHost(host)
	}
	return []string{IP(ip).String()}, nil
}

// LookupIP returns host's addresses.
func LookupIP(host string) ([]IP, error) {
	addrs, err := LookupHost(host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, 0, len(addrs))
	for _, a := range addrs {
		if ip := ParseIP(a); len(ip) != 0 {
			ips = append(ips, ip)
		}
	}
	return ips, nil
}

// staticHost returns the addresses /etc/hosts gives host, each written
// as IP.String writes it.
func staticHost(host string) []string {
	want := lowerASCII(host)
	var addrs []string
	eachConfigLine(hostsPath, func(f []string) {
		if len(f) < 2 {
			return
		}
		ip := ParseIP(f[0])
		if len(ip) == 0 {
			return
		}
		for _, name := range f[1:] {
			if lowerASCII(name) == want {
				addrs = append(addrs, ip.String())
			}
		}
	})
	return addrs
}
