package main

// Publish/subscribe: a broker goroutine owns the subscriber list and
// receives subscribe, unsubscribe and publish messages on separate
// channels in one select; each message is fanned out to every
// topic subscriber's buffered channel. Subscribers leave part way.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Msg struct {
	Topic string
	Seq   int
	Body  string
}

type sub struct {
	id    int
	topic string
	ch    chan Msg
}

type Broker struct {
	subCh   chan sub
	unsubCh chan int
	pubCh   chan Msg
	quit    chan struct{}
}

func (b *Broker) run() {
	subs := map[string][]sub{}
	for {
		select {
		case s := <-b.subCh:
			subs[s.topic] = append(subs[s.topic], s)
		case id := <-b.unsubCh:
			for t, list := range subs {
				for i, s := range list {
					if s.id == id {
						close(s.ch)
						subs[t] = append(list[:i], list[i+1:]...)
						break
					}
				}
			}
		case m := <-b.pubCh:
			for _, s := range subs[m.Topic] {
				s.ch <- m
			}
		case <-b.quit:
			for _, list := range subs {
				for _, s := range list {
					close(s.ch)
				}
			}
			return
		}
	}
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	topics := []string{"orders", "prices", "news", "alerts"}
	b := &Broker{make(chan sub), make(chan int), make(chan Msg), make(chan struct{})}
	go b.run()
	var wg sync.WaitGroup
	counts := make([]int, 32)
	lens := make([]int, 32)
	for i := 0; i < 32; i++ {
		ch := make(chan Msg, 128)
		b.subCh <- sub{i, topics[i%4], ch}
		wg.Add(1)
		go func(i int, ch chan Msg) {
			defer wg.Done()
			last := -1
			for m := range ch {
				if m.Seq <= last {
					panic("out of order")
				}
				last = m.Seq
				counts[i]++
				lens[i] += len(m.Body)
			}
		}(i, ch)
	}
	for s := 0; s < n; s++ {
		if s == n/2 {
			for i := 0; i < 32; i += 5 {
				b.unsubCh <- i
			}
		}
		b.pubCh <- Msg{topics[s%4], s, "payload-" + strconv.Itoa(s%100)}
	}
	close(b.quit)
	wg.Wait()
	total, tl := 0, 0
	for i := range counts {
		total += counts[i]
		tl += lens[i]
	}
	fmt.Println("delivered", total, "bytes", tl, "sub0", counts[0], "sub1", counts[1])
}
