package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 16)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		topic := []string{"news", "sport"}[i%2]
		ch := b.Subscribe(topic)
		wg.Add(1)
		go func(i int, ch <-chan string) {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m)
			}
			results[i] = fmt.Sprintf("sub%d(%s): %s", i, topic, strings.Join(got, ","))
		}(i, ch)
	}
	for i := 0; i < 4; i++ {
		fmt.Println(b.Publish("news", fmt.Sprint("n", i)), b.Publish("sport", fmt.Sprint("s", i)), b.Publish("none", "x"))
	}
	b.Close()
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
