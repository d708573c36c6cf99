package main

// sort.Sort and sort.Stable through sort.Interface: a type with
// Len/Less/Swap over a slice of structs, a multi-key Less, sort.Reverse,
// and sort.IsSorted checks. Every comparison is an interface call.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type Item struct {
	Name  string
	Group int
	Score float64
	ID    int
}

type byScore []Item

func (s byScore) Len() int           { return len(s) }
func (s byScore) Less(i, j int) bool { return s[i].Score < s[j].Score }
func (s byScore) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byGroupName struct{ items []Item }

func (s *byGroupName) Len() int { return len(s.items) }
func (s *byGroupName) Less(i, j int) bool {
	a, b := &s.items[i], &s.items[j]
	if a.Group != b.Group {
		return a.Group < b.Group
	}
	return a.Name < b.Name
}
func (s *byGroupName) Swap(i, j int) { s.items[i], s.items[j] = s.items[j], s.items[i] }

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	items := make([]Item, n)
	x := uint32(7)
	for i := range items {
		x = x*1103515245 + 12345
		items[i] = Item{"n" + strconv.Itoa(int(x>>8)%5000), int(x>>20) % 50, float64(x>>4%100000) / 7, i}
	}
	a := make([]Item, n)
	copy(a, items)
	sort.Sort(byScore(a))
	ok1 := sort.IsSorted(byScore(a))
	b := &byGroupName{make([]Item, n)}
	copy(b.items, items)
	sort.Stable(b)
	ok2 := sort.IsSorted(b)
	c := make([]Item, n)
	copy(c, items)
	sort.Sort(sort.Reverse(byScore(c)))
	h := 0
	for i := 0; i < n; i += n / 100 {
		h = (h*31 + b.items[i].ID + a[i].ID*7 + c[i].Group) % 1000000007
	}
	fmt.Println(ok1, ok2, a[0].Score, a[n-1].Score, b.items[0].Name, b.items[n-1].Group, c[0].Score, h)
}
