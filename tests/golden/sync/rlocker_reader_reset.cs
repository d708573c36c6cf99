// sync.RWMutex.RLocker (also as a Cond's Locker) and bufio.Reader.Reset,
// on a used Reader and on the zero value.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
)

func main() {
	var rw sync.RWMutex
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	l.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
	c := sync.NewCond(rw.RLocker())
	done := make(chan bool)
	ready := false
	go func() {
		c.L.Lock()
		for !ready {
			c.Wait()
		}
		c.L.Unlock()
		done <- true
	}()
	rw.Lock()
	ready = true
	rw.Unlock()
	c.Broadcast()
	<-done
	fmt.Println("cond with RLocker done")

	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, r.Buffered())
	r.Reset(strings.NewReader("other\n"))
	fmt.Println(r.Buffered(), r.Size())
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(r.UnreadRune())
	var z bufio.Reader
	z.Reset(strings.NewReader("zero value\n"))
	s, err = z.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, z.Size())
}
