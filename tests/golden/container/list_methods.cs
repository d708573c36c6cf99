package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	dump(l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	dump(l)
	var zero list.List
	zero.PushBack("a")
	zero.PushBack("b")
	zero.PushFrontList(&zero)
	zero.PushBackList(l)
	dump(&zero)
	other := list.New()
	fmt.Println(other.InsertAfter(9, e4) == nil, other.Front() == nil, other.Back())
	for e := zero.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(int); ok {
			zero.Remove(e)
		}
		e = next
	}
	dump(&zero)
	l.Init()
	dump(l)
	q := list.New()
	q.PushBack([]int{1})
	q.PushBack(struct{ X int }{5})
	fmt.Printf("%v %v\n", q.Front().Value, q.Back().Value)
}
