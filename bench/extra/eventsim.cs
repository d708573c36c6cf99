package main

// Discrete-event simulation on container/heap: a priority queue of
// *event (time, then sequence number) with an index field kept by Swap,
// so that heap.Fix reschedules and heap.Remove cancels. Customers arrive
// at a bank of tellers, wait in FIFO queues, get served; some reneg
// (their pending timeout event is removed) and some jobs are reprioritised.
// Prints the events processed, mean wait and a checksum.

import (
	"container/heap"
	"fmt"
	"os"
	"strconv"
)

type event struct {
	at    int64
	seq   int64
	kind  int // 0 arrive, 1 done, 2 renege
	who   int
	index int
}

type queue []*event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	e := x.(*event)
	e.index = len(*q)
	*q = append(*q, e)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*q = old[:n-1]
	return e
}

type sim struct {
	pq       queue
	seq      int64
	rng      uint64
	free     int
	waiting  []int
	arrived  map[int]int64
	renege   map[int]*event
	served   int
	reneged  int
	waitSum  int64
	checksum uint64
}

func (s *sim) rand(n int64) int64 {
	s.rng ^= s.rng << 13
	s.rng ^= s.rng >> 7
	s.rng ^= s.rng << 17
	return int64(s.rng % uint64(n))
}

func (s *sim) schedule(at int64, kind, who int) *event {
	s.seq++
	e := &event{at: at, seq: s.seq, kind: kind, who: who}
	heap.Push(&s.pq, e)
	return e
}

func (s *sim) startService(now int64, who int) {
	s.free--
	s.waitSum += now - s.arrived[who]
	delete(s.arrived, who)
	if r, ok := s.renege[who]; ok {
		heap.Remove(&s.pq, r.index)
		delete(s.renege, who)
	}
	s.schedule(now+20+s.rand(60), 1, who)
}

func (s *sim) step(e *event) {
	s.checksum = s.checksum*1000003 + uint64(e.at)*7 + uint64(e.kind)
	switch e.kind {
	case 0:
		s.arrived[e.who] = e.at
		if s.free > 0 {
			s.startService(e.at, e.who)
		} else {
			s.waiting = append(s.waiting, e.who)
			s.renege[e.who] = s.schedule(e.at+100+s.rand(200), 2, e.who)
		}
	case 1:
		s.served++
		s.free++
		for len(s.waiting) > 0 && s.free > 0 {
			who := s.waiting[0]
			s.waiting = s.waiting[1:]
			if _, ok := s.arrived[who]; ok {
				s.startService(e.at, who)
			}
		}
		if len(s.pq) > 0 && s.rand(4) == 0 {
			// Pull some pending event earlier: heap.Fix after a key change.
			x := s.pq[int(s.rand(int64(len(s.pq))))]
			if x.kind == 1 && x.at > e.at+1 {
				x.at--
				heap.Fix(&s.pq, x.index)
			}
		}
	case 2:
		s.reneged++
		delete(s.arrived, e.who)
		delete(s.renege, e.who)
	}
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := &sim{rng: 88172645463325252, free: 5, arrived: map[int]int64{}, renege: map[int]*event{}}
	t := int64(0)
	for i := 0; i < n; i++ {
		t += s.rand(19)
		s.schedule(t, 0, i)
	}
	events := 0
	for s.pq.Len() > 0 {
		e := heap.Pop(&s.pq).(*event)
		s.step(e)
		events++
	}
	fmt.Println("events", events, "served", s.served, "reneged", s.reneged)
	fmt.Printf("mean wait %.3f\n", float64(s.waitSum)/float64(s.served))
	fmt.Println("checksum", s.checksum)
}
