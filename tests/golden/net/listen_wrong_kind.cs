// Listen on a datagram network and ListenPacket on a stream one resolve the
// address, then fail with Go's "unexpected address type".
package main

import (
	"fmt"
	"net"
)

func main() {
	_, err := net.ListenPacket("tcp", "127.0.0.1:0")
	fmt.Println(err)
	_, err = net.ListenPacket("tcp", "127.0.0.1:x")
	fmt.Println(err)
	_, err = net.Listen("udp", "127.0.0.1:x")
	fmt.Println(err)
	_, err = net.Listen("udp", "")
	fmt.Println(err)
	_, err = net.Listen("udp4", ":0")
	fmt.Println(err)
	_, err = net.ListenPacket("tcp", "")
	fmt.Println(err)
}
