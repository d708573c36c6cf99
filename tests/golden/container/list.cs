package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type lru struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *lru) get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *lru) put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	var z list.List // zero value usable
	z.PushBack(1)
	z.PushFront(0)
	show("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("l", l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	show("moved", l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	show("moved2", l)
	fmt.Println(l.Remove(e4), l.Len())
	fmt.Println(l.Remove(e4), l.Len()) // already removed: no-op
	other := list.New()
	fmt.Println(other.InsertAfter(9, l.Front()) == nil, other.Len())
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	l.PushBackList(l)
	show("lists", l)
	fmt.Println(other.Front().Prev() == nil, other.Back().Next() == nil)
	l.Init()
	show("init", l)
	fmt.Println(l.Front() == nil, l.Back() == nil)

	c := &lru{cap: 2, ll: list.New(), items: map[string]*list.Element{}}
	c.put("a", 1)
	c.put("b", 2)
	c.get("a")
	c.put("c", 3)
	_, okb := c.get("b")
	va, oka := c.get("a")
	fmt.Println(okb, va, oka, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		fmt.Printf("%+v\n", *e.Value.(*entry))
	}
}
