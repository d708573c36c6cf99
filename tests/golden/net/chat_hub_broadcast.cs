// A chat hub: three clients in the same program join, each line is broadcast
// to the others (newcomer program for issue 4's check).
package main

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

type hub struct {
	mu      sync.Mutex
	clients map[string]net.Conn
}

func (h *hub) broadcast(from, msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for name, c := range h.clients {
		if name != from {
			fmt.Fprintf(c, "%s: %s\n", from, msg)
		}
	}
}

func (h *hub) serve(c net.Conn, joined *sync.WaitGroup) {
	r := bufio.NewReader(c)
	name, err := r.ReadString('\n')
	if err != nil {
		return
	}
	name = strings.TrimSpace(name)
	h.mu.Lock()
	h.clients[name] = c
	h.mu.Unlock()
	fmt.Fprintf(c, "welcome %s\n", name)
	joined.Done()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		h.broadcast(name, strings.TrimSpace(line))
	}
	c.Close()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	h := &hub{clients: map[string]net.Conn{}}
	names := []string{"alice", "bob", "carol"}
	var joined sync.WaitGroup
	joined.Add(len(names))
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go h.serve(c, &joined)
		}
	}()
	conns := make([]net.Conn, len(names))
	readers := make([]*bufio.Reader, len(names))
	for i, n := range names {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		conns[i] = c
		readers[i] = bufio.NewReader(c)
		fmt.Fprintf(c, "%s\n", n)
		w, _ := readers[i].ReadString('\n')
		fmt.Print(w)
	}
	joined.Wait()
	for i, n := range names {
		fmt.Fprintf(conns[i], "hi from %s\n", n)
	}
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	for i := range names {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < len(names)-1; k++ {
				line, err := readers[i].ReadString('\n')
				if err != nil {
					fmt.Println("read error:", err)
					return
				}
				mu.Lock()
				got = append(got, names[i]+" <- "+strings.TrimSpace(line))
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	for _, c := range conns {
		c.Close()
	}
	ln.Close()
}
