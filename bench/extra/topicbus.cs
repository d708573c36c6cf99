// topicbus: topic-based publish/subscribe without a broker goroutine.
// A Bus keeps map[string][]*sub under a sync.RWMutex; 96 subscriber
// goroutines each read their own buffered channel and listen to three
// of 16 topics; 4 publishers take the read lock per message and send to
// every subscriber of the topic. Halfway through, a third of the
// subscribers unsubscribe (write lock, close of their channel). Every
// subscriber folds what it got into a sum; the totals are exact because
// each message is published before or after the unsubscribe phase.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const (
	topics      = 16
	subscribers = 96
	publishers  = 4
)

type msg struct {
	topic int
	seq   int
	val   int64
}

type sub struct {
	id int
	ch chan msg
}

type Bus struct {
	mu   sync.RWMutex
	subs map[string][]*sub
}

func topicName(t int) string { return "topic-" + strconv.Itoa(t) }

func (b *Bus) Subscribe(topic string, s *sub) {
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], s)
	b.mu.Unlock()
}

func (b *Bus) Unsubscribe(s *sub) {
	b.mu.Lock()
	for name, list := range b.subs {
		kept := list[:0]
		for _, x := range list {
			if x != s {
				kept = append(kept, x)
			}
		}
		b.subs[name] = kept
	}
	b.mu.Unlock()
	close(s.ch)
}

func (b *Bus) Publish(name string, m msg) int {
	b.mu.RLock()
	list := b.subs[name]
	for _, s := range list {
		s.ch <- m
	}
	b.mu.RUnlock()
	return len(list)
}

func publishPhase(bus *Bus, names []string, per int, base int) int64 {
	var wg sync.WaitGroup
	deliveries := make([]int64, publishers)
	for p := 0; p < publishers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				t := (i*7 + p) % topics
				n := bus.Publish(names[t], msg{t, base + i, int64(p*1000003 + i)})
				deliveries[p] += int64(n)
			}
		}(p)
	}
	wg.Wait()
	var total int64
	for _, d := range deliveries {
		total += d
	}
	return total
}

func main() {
	n := 120000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	bus := &Bus{subs: make(map[string][]*sub)}
	names := make([]string, topics)
	for t := range names {
		names[t] = topicName(t)
	}
	subs := make([]*sub, subscribers)
	sums := make([]int64, subscribers)
	counts := make([]int, subscribers)
	var done sync.WaitGroup
	for i := range subs {
		s := &sub{id: i, ch: make(chan msg, 64)}
		subs[i] = s
		for k := 0; k < 3; k++ {
			bus.Subscribe(names[(i+k*5)%topics], s)
		}
		done.Add(1)
		go func(s *sub) {
			defer done.Done()
			for m := range s.ch {
				sums[s.id] += m.val*int64(m.topic+1) + int64(m.seq&15)
				counts[s.id]++
			}
		}(s)
	}
	d1 := publishPhase(bus, names, n/2, 0)
	for i := 0; i < subscribers; i += 3 {
		bus.Unsubscribe(subs[i])
	}
	d2 := publishPhase(bus, names, n/2, n/2)
	for i := 0; i < subscribers; i++ {
		if i%3 != 0 {
			close(subs[i].ch)
		}
	}
	done.Wait()
	var total int64
	got := 0
	for i := range sums {
		total += sums[i]
		got += counts[i]
	}
	fmt.Println("deliveries", d1, d2, "received", got, "checksum", total)
	fmt.Println("sub 1:", counts[1], sums[1], "sub 3:", counts[3], sums[3])
}
