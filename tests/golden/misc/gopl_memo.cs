// memo1-5: memoizing a slow function. memo2 uses a Mutex, memo4 a Mutex plus entries with
// ready channels for duplicate suppression, memo5 a monitor goroutine with request channels
// and cancellation-free server loop. Counts how many times the slow function really ran.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

var calls int64

func slow(key string) (interface{}, error) {
	atomic.AddInt64(&calls, 1)
	time.Sleep(2 * time.Millisecond)
	if key == "bad" {
		return nil, fmt.Errorf("cannot fetch %q", key)
	}
	return len(key) * 100, nil
}

// memo2: a single lock around the whole call (correct but serialises).
type Memo2 struct {
	f     Func
	mu    sync.Mutex
	cache map[string]result
}

func (m *Memo2) Get(key string) (interface{}, error) {
	m.mu.Lock()
	res, ok := m.cache[key]
	if !ok {
		res.value, res.err = m.f(key)
		m.cache[key] = res
	}
	m.mu.Unlock()
	return res.value, res.err
}

// memo4: entries with ready channels; the lock is held only for map access.
type entry struct {
	res   result
	ready chan struct{}
}

type Memo4 struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func (m *Memo4) Get(key string) (interface{}, error) {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		m.cache[key] = e
		m.mu.Unlock()
		e.res.value, e.res.err = m.f(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

// memo5: a monitor goroutine owns the map.
type request struct {
	key      string
	response chan<- result
}

type Memo5 struct{ requests chan request }

func New5(f Func) *Memo5 {
	m := &Memo5{requests: make(chan request)}
	go m.server(f)
	return m
}

func (m *Memo5) Get(key string) (interface{}, error) {
	response := make(chan result)
	m.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (m *Memo5) Close() { close(m.requests) }

func (m *Memo5) server(f Func) {
	cache := make(map[string]*entry)
	for req := range m.requests {
		e := cache[req.key]
		if e == nil {
			e = &entry{ready: make(chan struct{})}
			cache[req.key] = e
			go e.call(f, req.key)
		}
		go e.deliver(req.response)
	}
}

func (e *entry) call(f Func, key string) {
	e.res.value, e.res.err = f(key)
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	<-e.ready
	response <- e.res
}

type getter interface {
	Get(key string) (interface{}, error)
}

func concurrent(name string, g getter) {
	atomic.StoreInt64(&calls, 0)
	keys := []string{"a", "bb", "ccc", "a", "bb", "bad", "a", "ccc", "bad", "dddd"}
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		for _, k := range keys {
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				v, err := g.Get(k)
				mu.Lock()
				lines = append(lines, fmt.Sprintf("%s=%v/%v", k, v, err))
				mu.Unlock()
			}(k)
		}
	}
	wg.Wait()
	sort.Strings(lines)
	fmt.Println(name, "calls:", atomic.LoadInt64(&calls), "results:", len(lines))
	fmt.Println(" ", lines[0], lines[len(lines)-1])
}

func main() {
	concurrent("memo2", &Memo2{f: slow, cache: make(map[string]result)})
	concurrent("memo4", &Memo4{f: slow, cache: make(map[string]*entry)})
	m5 := New5(slow)
	concurrent("memo5", m5)
	m5.Close()
	v, err := (&Memo4{f: slow, cache: map[string]*entry{}}).Get("bad")
	fmt.Println(v, err, v == nil)
}
