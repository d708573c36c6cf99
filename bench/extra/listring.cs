package main

// container/list and container/ring: the Josephus problem on a ring
// (Ring.Move/Unlink), a deque-driven sliding-window maximum and a
// move-to-front list (List.MoveToFront/Remove/InsertBefore with type
// assertions on Element.Value), and a round-robin scheduler over a
// ring of task structs doing Ring.Do sums. Prints the survivors, the
// window checksum and the move-to-front cost.

import (
	"container/list"
	"container/ring"
	"fmt"
	"os"
	"strconv"
)

func josephus(n, k int) int {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = i + 1
		r = r.Next()
	}
	r = r.Prev() // so that Move(k-1) lands before the k-th person
	for left := n; left > 1; left-- { // Ring.Len is O(n): count by hand
		r = r.Move(k - 1)
		r.Unlink(1)
	}
	return r.Value.(int)
}

func windowMax(data []int, w int) int {
	dq := list.New() // indices, values decreasing from the front
	sum := 0
	for i, v := range data {
		for dq.Len() > 0 && data[dq.Back().Value.(int)] <= v {
			dq.Remove(dq.Back())
		}
		dq.PushBack(i)
		if front := dq.Front(); front.Value.(int) <= i-w {
			dq.Remove(front)
		}
		if i >= w-1 {
			sum += data[dq.Front().Value.(int)]
		}
	}
	return sum
}

type symbol struct {
	code int
	hits int
}

func moveToFront(stream []int, alphabet int) (int, int) {
	l := list.New()
	for i := 0; i < alphabet; i++ {
		l.PushBack(&symbol{code: i})
	}
	cost := 0
	for _, c := range stream {
		pos := 0
		for e := l.Front(); e != nil; e = e.Next() {
			s := e.Value.(*symbol)
			if s.code == c {
				s.hits++
				l.MoveToFront(e)
				break
			}
			pos++
		}
		cost += pos
	}
	// Evict cold symbols and re-insert them before the hottest one.
	var cold []*list.Element
	for e := l.Front(); e != nil; e = e.Next() {
		if e.Value.(*symbol).hits < len(stream)/alphabet/2 {
			cold = append(cold, e)
		}
	}
	for _, e := range cold {
		s := l.Remove(e).(*symbol)
		l.InsertBefore(s, l.Front())
	}
	return cost, l.Front().Value.(*symbol).code
}

type task struct {
	id        int
	remaining int
}

func roundRobin(tasks int, quantum int) (int, int) {
	r := ring.New(tasks)
	for i := 0; i < tasks; i++ {
		r.Value = &task{id: i, remaining: 50 + i*37%200}
		r = r.Next()
	}
	steps, order := 0, 0
	for left := tasks; left > 1; {
		t := r.Value.(*task)
		t.remaining -= quantum
		steps++
		if t.remaining <= 0 {
			order = order*31 + t.id
			r = r.Prev()
			r.Unlink(1)
			left--
		}
		r = r.Next()
	}
	left := 0
	r.Do(func(v any) { left += v.(*task).remaining })
	return steps, order + left
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println("josephus", josephus(n, 3), josephus(n/3, 7))
	data := make([]int, n*4)
	seed := uint32(5)
	for i := range data {
		seed = seed*1664525 + 1013904223
		data[i] = int(seed >> 12)
	}
	fmt.Println("window", windowMax(data, 50), windowMax(data, 1000))
	stream := make([]int, n)
	for i := range stream {
		seed = seed*1664525 + 1013904223
		x := int(seed>>16) % 64
		stream[i] = x * x / 64
	}
	cost, front := moveToFront(stream, 64)
	fmt.Println("mtf cost", cost, "front", front)
	steps, order := roundRobin(n/30, 7)
	fmt.Println("round robin", steps, order)
}
