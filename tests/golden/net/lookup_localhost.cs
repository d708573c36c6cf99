// LookupHost and LookupIP for localhost (from /etc/hosts), IP literals and
// names nobody knows; only what every system agrees on is printed (Go also
// names the DNS server in a failed lookup's text).
package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
)

func has(addrs []string, want string) bool {
	for _, a := range addrs {
		if a == want {
			return true
		}
	}
	return false
}

func main() {
	addrs, err := net.LookupHost("localhost")
	fmt.Println("localhost has 127.0.0.1:", has(addrs, "127.0.0.1"), err)
	addrs, err = net.LookupHost("LocalHost")
	fmt.Println("without case:", has(addrs, "127.0.0.1"), err)
	ips, err := net.LookupIP("localhost")
	loop := true
	for _, ip := range ips {
		loop = loop && ip.IsLoopback()
	}
	fmt.Println("localhost IPs loopback:", len(ips) > 0 && loop, err)

	for _, lit := range []string{"127.0.0.1", "::1", "10.20.30.40", "2001:db8::7"} {
		addrs, err := net.LookupHost(lit)
		ips, err2 := net.LookupIP(lit)
		fmt.Println(lit, addrs, err, ips, len(ips[0]), err2)
	}

	for _, name := range []string{"", "no-such-host.invalid"} {
		_, err := net.LookupHost(name)
		var dns *net.DNSError
		if errors.As(err, &dns) {
			fmt.Printf("%q: name %q err %q notfound %v timeout %v temporary %v\n",
				name, dns.Name, dns.Err, dns.IsNotFound, dns.Timeout(), dns.Temporary())
		}
		fmt.Println(strings.HasPrefix(err.Error(), "lookup "+name), strings.HasSuffix(err.Error(), ": no such host"))
		ips, err := net.LookupIP(name)
		fmt.Println(ips == nil, err != nil)
	}
	fmt.Println(&net.DNSError{Err: "server misbehaving", Name: "example.com", Server: "10.0.0.53:53", IsTemporary: true})

	// Dial what the lookup found
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Write([]byte("hello via lookup"))
			c.Close()
		}
	}()
	ips, _ = net.LookupIP("127.0.0.1")
	port := ln.Addr().(*net.TCPAddr).Port
	c, err := net.DialTCP("tcp", nil, &net.TCPAddr{IP: ips[0], Port: port})
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	fmt.Println(string(buf[:n]))
	c.Close()
}
