// checks: Ajmani's Advanced Go Concurrency Patterns: a subscription loop with
// nil channels disabling cases, a pending queue, a fetch goroutine, Close
// through a chan of chan error, and Merge
package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Item struct{ Title, GUID string }

// Fetcher is a fake feed: each Fetch returns the next batch after a delay.
type Fetcher interface {
	Fetch() (items []Item, next time.Time, err error)
}

type fakeFetcher struct {
	domain string
	n      int
}

func (f *fakeFetcher) Fetch() ([]Item, time.Time, error) {
	f.n++
	if f.n == 3 {
		return nil, time.Now().Add(time.Millisecond), errors.New("transient")
	}
	var items []Item
	for i := 0; i < 2; i++ {
		id := fmt.Sprintf("%s/%d", f.domain, (f.n*2+i)%5) // duplicates appear
		items = append(items, Item{Title: "t" + id, GUID: id})
	}
	return items, time.Now().Add(2 * time.Millisecond), nil
}

type Subscription interface {
	Updates() <-chan Item
	Close() error
}

type sub struct {
	fetcher Fetcher
	updates chan Item
	closing chan chan error
}

func (s *sub) Updates() <-chan Item { return s.updates }

func (s *sub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

type fetchResult struct {
	fetched []Item
	next    time.Time
	err     error
}

const maxPending = 4

func (s *sub) loop() {
	var pending []Item
	var next time.Time
	var err error
	var fetchDone chan fetchResult
	seen := make(map[string]bool)
	for {
		var fetchDelay time.Duration
		if now := time.Now(); next.After(now) {
			fetchDelay = next.Sub(now)
		}
		var startFetch <-chan time.Time
		if fetchDone == nil && len(pending) < maxPending {
			startFetch = time.After(fetchDelay)
		}
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = pending[0]
			updates = s.updates
		}
		select {
		case <-startFetch:
			fetchDone = make(chan fetchResult, 1)
			go func() {
				fetched, next, err := s.fetcher.Fetch()
				fetchDone <- fetchResult{fetched, next, err}
			}()
		case result := <-fetchDone:
			fetchDone = nil
			fetched := result.fetched
			next, err = result.next, result.err
			if err != nil {
				next = time.Now().Add(time.Millisecond)
				break
			}
			for _, item := range fetched {
				if !seen[item.GUID] {
					pending = append(pending, item)
					seen[item.GUID] = true
				}
			}
		case errc := <-s.closing:
			errc <- err
			close(s.updates)
			return
		case updates <- first:
			pending = pending[1:]
		}
	}
}

func Subscribe(f Fetcher) Subscription {
	s := &sub{fetcher: f, updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

type merged struct {
	subs    []Subscription
	updates chan Item
	quit    chan struct{}
	errs    chan error
}

func Merge(subs ...Subscription) Subscription {
	m := &merged{subs: subs, updates: make(chan Item), quit: make(chan struct{}), errs: make(chan error)}
	for _, s := range subs {
		go func(s Subscription) {
			for {
				var it Item
				select {
				case it = <-s.Updates():
				case <-m.quit:
					m.errs <- s.Close()
					return
				}
				select {
				case m.updates <- it:
				case <-m.quit:
					m.errs <- s.Close()
					return
				}
			}
		}(s)
	}
	return m
}

func (m *merged) Updates() <-chan Item { return m.updates }

func (m *merged) Close() (err error) {
	close(m.quit)
	for range m.subs {
		if e := <-m.errs; e != nil {
			err = e
		}
	}
	close(m.updates)
	return
}

func main() {
	m := Merge(Subscribe(&fakeFetcher{domain: "blog.golang.org"}),
		Subscribe(&fakeFetcher{domain: "googleblog.blogspot.com"}))
	var got []string
	for len(got) < 10 {
		it := <-m.Updates()
		got = append(got, it.GUID)
	}
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	fmt.Println("closed:", m.Close())
	_, ok := <-m.Updates()
	fmt.Println("updates open:", ok)
}
