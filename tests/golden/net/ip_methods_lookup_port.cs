// IP class predicates (multicast, link-local, global unicast), the
// well-known address variables, IP text marshalling and LookupPort.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "8.8.8.8", "224.0.0.1", "169.254.1.1", "255.255.255.255", "0.0.0.0", "::1", "::", "fe80::1", "ff02::1", "ff01::1", "2001:4860::8888", "fd00::1", "::ffff:1.2.3.4"} {
		ip := net.ParseIP(s)
		fmt.Printf("%-16s gu=%v mc=%v llu=%v llm=%v ilm=%v lo=%v unsp=%v priv=%v to4=%v def=%v\n", s,
			ip.IsGlobalUnicast(), ip.IsMulticast(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(),
			ip.IsInterfaceLocalMulticast(), ip.IsLoopback(), ip.IsUnspecified(), ip.IsPrivate(), ip.To4() != nil, ip.DefaultMask())
	}
	fmt.Println(net.IPv4bcast, net.IPv4allsys, net.IPv4allrouter, net.IPv4zero, net.IPv6zero, net.IPv6linklocalallnodes)
	ip := net.ParseIP("192.0.2.1")
	b, _ := ip.MarshalText()
	fmt.Println(string(b))
	var ip2 net.IP
	fmt.Println(ip2.UnmarshalText([]byte("2001:db8::1")), ip2)
	fmt.Println(ip2.UnmarshalText([]byte("bogus")))
	fmt.Println(ip.Equal(net.IPv4(192, 0, 2, 1)), ip.To16().Equal(ip), len(ip.To16()))
	fmt.Printf("%v %s %q %x\n", ip, ip, ip, []byte(ip.To4()))
	fmt.Println(net.IP{1, 2, 3}, net.IP(nil), net.IP{})
	a := &net.TCPAddr{IP: net.ParseIP("::1"), Port: 80, Zone: "eth0"}
	fmt.Println(a, a.Network(), (&net.UDPAddr{IP: net.IPv4(1, 2, 3, 4), Port: 53}).String(), (&net.TCPAddr{}).String())
	u, _ := net.ResolveUDPAddr("udp", "localhost:53")
	t, _ := net.ResolveTCPAddr("tcp", "127.0.0.1:http")
	fmt.Println(u, t)
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("host", ""))
	h, p, err := net.SplitHostPort("[fe80::1%eth0]:443")
	fmt.Println(h, p, err)
	p2, err := net.LookupPort("tcp", "https")
	fmt.Println(p2, err)
}
