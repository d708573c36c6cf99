// timewheel: a hashed timing wheel (as in Kafka's or Netty's timer) on
// simulated ticks: 512 slots, each a container/list of *timer; timers
// with rounds > 0 stay in their slot for later turns. Connections arm
// idle timeouts, keep-alives re-arm them (list.Remove and PushBack via
// the stored *list.Element), some are cancelled, expired ones fire a
// callback closure that may schedule a retry.
package main

import (
	"container/list"
	"fmt"
	"os"
	"strconv"
)

const slots = 512

type timer struct {
	id       int
	deadline int
	rounds   int
	slot     int
	elem     *list.Element
	fire     func(now int)
}

type wheel struct {
	buckets [slots]*list.List
	now     int
	live    int
	fired   int
	due     []*timer
}

func newWheel() *wheel {
	w := &wheel{}
	for i := range w.buckets {
		w.buckets[i] = list.New()
	}
	return w
}

func (w *wheel) add(t *timer, delay int) {
	if delay < 1 {
		delay = 1
	}
	t.deadline = w.now + delay
	t.rounds = (delay - 1) / slots
	t.slot = t.deadline % slots
	t.elem = w.buckets[t.slot].PushBack(t)
	w.live++
}

func (w *wheel) cancel(t *timer) bool {
	if t.elem == nil {
		return false
	}
	w.buckets[t.slot].Remove(t.elem)
	t.elem = nil
	w.live--
	return true
}

func (w *wheel) tick() {
	w.now++
	b := w.buckets[w.now%slots]
	// Expired timers fire after the walk: a callback may re-arm into b.
	due := w.due[:0]
	for e := b.Front(); e != nil; {
		next := e.Next()
		t := e.Value.(*timer)
		if t.rounds > 0 {
			t.rounds--
		} else {
			b.Remove(e)
			t.elem = nil
			w.live--
			w.fired++
			due = append(due, t)
		}
		e = next
	}
	for _, t := range due {
		t.fire(w.now)
	}
	w.due = due
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w := newWheel()
	const conns = 20000
	timers := make([]*timer, conns)
	closed, retries, lateSum := 0, 0, 0
	for i := range timers {
		t := &timer{id: i}
		t.fire = func(now int) {
			lateSum += now - t.deadline
			if t.id%3 == 0 && retries < n {
				retries++
				w.add(t, 100+t.id%700)
				return
			}
			closed++
		}
		timers[i] = t
		w.add(t, 200+i%2000)
	}
	x := uint32(12345)
	cancelled, rearmed := 0, 0
	for step := 0; step < n; step++ {
		for k := 0; k < 4; k++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			t := timers[x%conns]
			switch {
			case x>>28 == 0:
				if w.cancel(t) {
					cancelled++
				}
			case w.cancel(t):
				w.add(t, 300+int(x>>20)%1500)
				rearmed++
			default:
				if x>>29 == 1 {
					w.add(t, 50+int(x>>22)%300)
				}
			}
		}
		w.tick()
	}
	fmt.Println(w.now, w.live, w.fired, closed, retries, cancelled, rearmed, lateSum)
}
