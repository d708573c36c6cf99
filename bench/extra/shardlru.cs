// shardlru: a concurrent LRU cache split into 16 shards, each a
// container/list plus map[uint64]*list.Element behind its own Mutex, with
// shard-level hit/miss counters behind an RWMutex-guarded stats table read
// by a monitor goroutine. 2*GOMAXPROCS workers run a get-or-load loop over
// a skewed key stream; every value read must equal load(key). The final
// per-shard lists must match their maps; shards are sized so that eviction
// happens constantly. Hit counts depend on the interleaving, so only totals
// are printed.
package main

import (
	"container/list"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type entry struct {
	key uint64
	val uint64
}

type shard struct {
	mu    sync.Mutex
	ll    *list.List
	items map[uint64]*list.Element
	cap   int
}

func (s *shard) get(k uint64) (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.items[k]; ok {
		s.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (s *shard) add(k, v uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.items[k]; ok {
		s.ll.MoveToFront(e)
		e.Value.(*entry).val = v
		return
	}
	s.items[k] = s.ll.PushFront(&entry{k, v})
	if s.ll.Len() > s.cap {
		last := s.ll.Back()
		s.ll.Remove(last)
		delete(s.items, last.Value.(*entry).key)
	}
}

type stats struct {
	mu     sync.RWMutex
	hits   [16]int64
	misses [16]int64
}

func (st *stats) record(i int, hit bool) {
	st.mu.Lock()
	if hit {
		st.hits[i]++
	} else {
		st.misses[i]++
	}
	st.mu.Unlock()
}

func (st *stats) total() int64 {
	st.mu.RLock()
	defer st.mu.RUnlock()
	var t int64
	for i := range st.hits {
		t += st.hits[i] + st.misses[i]
	}
	return t
}

func load(k uint64) uint64 {
	x := k*0x9E3779B97F4A7C15 + 1
	for i := 0; i < 8; i++ {
		x ^= x >> 29
		x *= 0xBF58476D1CE4E5B9
	}
	return x
}

func main() {
	ops := 3000000
	if len(os.Args) > 1 {
		ops, _ = strconv.Atoi(os.Args[1])
	}
	var shards [16]*shard
	for i := range shards {
		shards[i] = &shard{ll: list.New(), items: make(map[uint64]*list.Element), cap: 96}
	}
	st := &stats{}
	workers := 2 * runtime.GOMAXPROCS(0)
	per := ops / workers
	var wg sync.WaitGroup
	bad := make([]int, workers)
	done := make(chan bool)
	seen := make(chan int64)
	go func() {
		var last int64
		for {
			select {
			case <-done:
				seen <- last
				return
			default:
				last = st.total()
				runtime.Gosched()
			}
		}
	}()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			x := uint64(w)*0x2545F4914F6CDD1D + 88172645463325252
			for i := 0; i < per; i++ {
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
				k := (x % 4096) * (x >> 20 % 4096) / 4096
				s := int(k % 16)
				v, ok := shards[s].get(k)
				if !ok {
					v = load(k)
					shards[s].add(k, v)
				}
				st.record(s, ok)
				if v != load(k) {
					bad[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	close(done)
	last := <-seen
	nbad := 0
	for _, b := range bad {
		nbad += b
	}
	n := 0
	for _, s := range shards {
		for e := s.ll.Front(); e != nil; e = e.Next() {
			if s.items[e.Value.(*entry).key] != e {
				nbad++
			}
			n++
		}
	}
	fmt.Println("ops", per*workers, "recorded", st.total(), "monitor saw at most", last <= st.total())
	fmt.Println("bad", nbad, "resident", n, "shard 0 len", shards[0].ll.Len())
}
