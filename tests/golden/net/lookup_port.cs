// LookupPort: numbers, service names without case, and Go's errors.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, c := range [][2]string{{"tcp", "https"}, {"tcp", "HTTP"}, {"udp", "domain"}, {"", "http"}, {"tcp", "8080"}, {"tcp", "-1"}, {"tcp", "70000"}, {"tcp", "nosuch"}, {"ip", "http"}, {"sctp", "http"}, {"sctp", "80"}, {"tcp6", "ssh"}, {"tcp", ""}, {"udp", "http"}} {
		p, err := net.LookupPort(c[0], c[1])
		fmt.Printf("%q %q -> %d %v\n", c[0], c[1], p, err)
	}
}
