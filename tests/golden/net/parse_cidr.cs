// ParseCIDR, IPNet (Contains, String, Network), IPMask (Size, String),
// CIDRMask, IPv4Mask, IP.Mask and DefaultMask, with Go's edge cases.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"192.168.1.77/24", "10.1.2.3/8", "0.0.0.0/0", "255.255.255.255/32", "172.20.5.4/12",
		"2001:db8:a0b:12f0::1/64", "::1/128", "fe80::1/10", "::/0", "10.0.0.1/024",
		"10.0.0.1", "10.0.0.1/33", "10.0.0.1/-1", "10.0.0.1/", "::1/129", "bogus/8", "10.0.0.1/8x", "010.0.0.1/8", "1.2.3.4/+8"} {
		ip, n, err := net.ParseCIDR(s)
		if err != nil {
			fmt.Println(s, "->", err)
			continue
		}
		ones, bits := n.Mask.Size()
		fmt.Printf("%s -> ip %v (len %d) net %v ip-len %d mask %v (%d/%d) network %s\n", s, ip, len(ip), n, len(n.IP), n.Mask, ones, bits, n.Network())
	}
	_, lan, _ := net.ParseCIDR("192.168.0.0/16")
	_, v6, _ := net.ParseCIDR("2001:db8::/32")
	for _, a := range []string{"192.168.4.4", "192.169.0.1", "::ffff:192.168.9.9", "2001:db8::dead:beef", "2001:db9::1", "10.0.0.1"} {
		ip := net.ParseIP(a)
		fmt.Printf("%-22s in %v: %-5v in %v: %v\n", a, lan, lan.Contains(ip), v6, v6.Contains(ip))
	}
	fmt.Println(lan.Contains(nil), lan.Contains(net.IP{192, 168, 1, 1}))
	m := net.IPv4Mask(255, 255, 0, 255)
	fmt.Println(m, m.String())
	fmt.Println(m.Size())
	odd := &net.IPNet{IP: net.IPv4(10, 1, 2, 3), Mask: m}
	fmt.Println(odd, odd.Contains(net.ParseIP("10.1.9.3")), odd.Contains(net.ParseIP("10.1.9.4")))
	fmt.Println(net.CIDRMask(20, 32), net.CIDRMask(33, 32), net.CIDRMask(64, 128), net.CIDRMask(3, 64))
	fmt.Println(net.IPv4(10, 9, 8, 7).Mask(net.CIDRMask(12, 32)), net.IPv4(10, 9, 8, 7).Mask(net.CIDRMask(100, 128)))
	fmt.Println(net.IP{10, 9, 8, 7}.Mask(net.CIDRMask(120, 128)), net.ParseIP("2001:db8::1").Mask(net.CIDRMask(8, 32)))
	fmt.Println(net.IPv4(10, 0, 0, 1).DefaultMask(), net.IPv4(172, 16, 0, 1).DefaultMask(), net.IPv4(200, 1, 1, 1).DefaultMask(), net.ParseIP("::1").DefaultMask())
	var nilNet *net.IPNet
	fmt.Println(nilNet, &net.IPNet{}, &net.IPNet{IP: net.IPv4(1, 2, 3, 4)})
	var mm net.IPMask
	fmt.Println(mm)
	fmt.Printf("%v %s\n", []*net.IPNet{lan, v6}, lan)
	_, _, err := net.ParseCIDR("1.2.3.4")
	if pe, ok := err.(*net.ParseError); ok {
		fmt.Printf("%q %q\n", pe.Type, pe.Text)
	}
}
