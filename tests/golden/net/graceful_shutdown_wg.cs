// Graceful shutdown: a quit channel tells Accept's error from a real one; a WaitGroup waits for handlers.

package main

import (
	"bufio"
	"fmt"
	"net"
	"sync"
	"time"
)

type server struct {
	ln   net.Listener
	wg   sync.WaitGroup
	quit chan struct{}
}

func (s *server) serve() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			select {
			case <-s.quit:
				return
			default:
				fmt.Println("accept error", err)
				return
			}
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			sc := bufio.NewScanner(c)
			for sc.Scan() {
				fmt.Fprintf(c, "echo %s\n", sc.Text())
			}
		}()
	}
}

func (s *server) stop() {
	close(s.quit)
	s.ln.Close()
	s.wg.Wait()
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	s := &server{ln: ln, quit: make(chan struct{})}
	s.wg.Add(1)
	go s.serve()
	var clients sync.WaitGroup
	for i := 0; i < 5; i++ {
		clients.Add(1)
		go func(i int) {
			defer clients.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				panic(err)
			}
			r := bufio.NewReader(c)
			fmt.Fprintf(c, "msg%d\n", i)
			l, _ := r.ReadString('\n')
			if l != fmt.Sprintf("echo msg%d\n", i) {
				panic(l)
			}
			time.Sleep(10 * time.Millisecond)
			c.Close()
		}(i)
	}
	clients.Wait()
	s.stop()
	fmt.Println("server stopped cleanly")
	_, err := net.Dial("tcp", ln.Addr().String())
	fmt.Println(err != nil)
}
