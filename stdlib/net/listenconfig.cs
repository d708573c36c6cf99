// ListenConfig: Listen and ListenPacket with a context, as Go's. Go consults
// the context only while it resolves a host name; here names resolve
// without it, so a cancelled context does not stop a listen (nor does it
// in Go for an IP address). KeepAlive is accepted: accepted connections
// keep the system's keep-alive settings. There is no Control hook.
package net

import (
	"context"
	"time"
)

// ListenConfig holds options for listening on an address.
type ListenConfig struct {
	KeepAlive time.Duration
}

// Listen announces on the local address, as the package's Listen.
func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (Listener, error) {
	return Listen(network, address)
}

// ListenPacket binds a datagram socket, as the package's ListenPacket.
func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (PacketConn, error) {
	return ListenPacket(network, address)
}
