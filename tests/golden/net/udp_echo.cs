// checks: UDP over ListenPacket/DialUDP/ListenUDP: an upper-casing echo,
// read deadlines, WriteTo on a connected socket, closed sockets, and
// ResolveUDPAddr's results and errors
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer pc.Close()
	done := make(chan bool)
	go func() {
		buf := make([]byte, 1024)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				fmt.Println("server:", strings.Contains(err.Error(), "use of closed"))
				done <- true
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), addr)
		}
	}()
	raddr, err := net.ResolveUDPAddr("udp", pc.LocalAddr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := net.DialUDP("udp", nil, raddr)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"hello", "udp", "world"} {
		c.Write([]byte(w))
		buf := make([]byte, 100)
		c.SetReadDeadline(time.Now().Add(time.Second))
		n, err := c.Read(buf)
		fmt.Println(string(buf[:n]), err)
	}
	fmt.Println(c.RemoteAddr().String() == pc.LocalAddr().String(), c.RemoteAddr().Network())
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = c.Read(make([]byte, 10))
	ne, ok := err.(net.Error)
	fmt.Println(ok && ne.Timeout())
	msg := err.Error()
	fmt.Println(strings.HasPrefix(msg, "read udp 127.0.0.1:"), strings.HasSuffix(msg, ": i/o timeout"), strings.Count(msg, "->"))
	_, err = c.WriteTo([]byte("x"), raddr)
	fmt.Println(strings.HasSuffix(err.Error(), "use of WriteTo with pre-connected connection"))
	c.Close()
	_, err = c.Read(make([]byte, 10))
	fmt.Println(strings.HasSuffix(err.Error(), "use of closed network connection"))
	fmt.Println(c.Close() != nil)
	pc.Close()
	<-done
	uc, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.ParseIP("127.0.0.1")})
	if err != nil {
		fmt.Println(err)
		return
	}
	uc.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, _, err = uc.ReadFromUDP(make([]byte, 10))
	msg = err.Error()
	fmt.Println(strings.HasPrefix(msg, "read udp 127.0.0.1:"), strings.HasSuffix(msg, ": i/o timeout"), strings.Count(msg, "->"))
	_, err = uc.WriteToUDP([]byte("x"), nil)
	fmt.Println(strings.HasSuffix(err.Error(), ": missing address"))
	_, err = net.ResolveUDPAddr("tcp", "1.2.3.4:5")
	fmt.Println(err)
	a, err := net.ResolveUDPAddr("udp", "[::1]:53")
	fmt.Println(a, err, a.IP, a.Port)
	a, err = net.ResolveUDPAddr("udp4", "localhost:domain")
	fmt.Println(a, err)
	_, err = net.ListenPacket("udp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.Dial("udp", "")
	fmt.Println(err)
	var pc2 net.PacketConn = uc
	fmt.Println(pc2.LocalAddr().Network())
	n, err := uc.Write([]byte("x"))
	fmt.Println(n, err != nil)
}
