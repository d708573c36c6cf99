package main

import (
	"fmt"
	"os"
	"strconv"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	m          map[string]*entry
	head, tail *entry
	evicted    int
}

func NewLRU(c int) *LRU {
	l := &LRU{cap: c, m: make(map[string]*entry, c)}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) front(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	if e, ok := l.m[k]; ok {
		l.unlink(e)
		l.front(e)
		return e.val, true
	}
	return 0, false
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.m[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.m) >= l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.m, old.key)
		l.evicted++
	}
	e := &entry{key: k, val: v}
	l.m[k] = e
	l.front(e)
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	keys := make([]string, 5000)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i*31)
	}
	l := NewLRU(1000)
	var seed uint32 = 12345
	hits, sum := 0, 0
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		r := int(seed >> 8)
		var k string
		if r%4 == 0 {
			k = keys[r%len(keys)]
		} else {
			k = keys[r%1200]
		}
		if v, ok := l.Get(k); ok {
			hits++
			sum += v
		} else {
			l.Put(k, i)
		}
	}
	first := l.head.next
	fmt.Println(hits, sum, l.evicted, len(l.m), first.key, first.val)
}
