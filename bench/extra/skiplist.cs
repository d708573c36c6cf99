// skiplist: an ordered set/map as a skip list with levels drawn from a
// seeded math/rand source; forward pointers in a per-node slice.
// Inserts, lookups, deletes, a range count and a rank walk.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
)

const maxLevel = 20

type slnode struct {
	key  int
	val  string
	next []*slnode
}

type skiplist struct {
	head  *slnode
	level int
	size  int
	rng   *rand.Rand
}

func newSkiplist(seed int64) *skiplist {
	return &skiplist{
		head:  &slnode{next: make([]*slnode, maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewSource(seed)),
	}
}

func (s *skiplist) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.Int63()&3 == 0 {
		l++
	}
	return l
}

// findPath fills update with the last node before key on each level.
func (s *skiplist) findPath(key int, update *[maxLevel]*slnode) *slnode {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	return x.next[0]
}

func (s *skiplist) Set(key int, val string) {
	var update [maxLevel]*slnode
	x := s.findPath(key, &update)
	if x != nil && x.key == key {
		x.val = val
		return
	}
	l := s.randomLevel()
	for i := s.level; i < l; i++ {
		update[i] = s.head
	}
	if l > s.level {
		s.level = l
	}
	nd := &slnode{key: key, val: val, next: make([]*slnode, l)}
	for i := 0; i < l; i++ {
		nd.next[i] = update[i].next[i]
		update[i].next[i] = nd
	}
	s.size++
}

func (s *skiplist) Get(key int) (string, bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	x = x.next[0]
	if x != nil && x.key == key {
		return x.val, true
	}
	return "", false
}

func (s *skiplist) Delete(key int) bool {
	var update [maxLevel]*slnode
	x := s.findPath(key, &update)
	if x == nil || x.key != key {
		return false
	}
	for i := 0; i < len(x.next); i++ {
		update[i].next[i] = x.next[i]
	}
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

// countRange counts keys in [lo, hi).
func (s *skiplist) countRange(lo, hi int) int {
	var update [maxLevel]*slnode
	x := s.findPath(lo, &update)
	c := 0
	for x != nil && x.key < hi {
		c++
		x = x.next[0]
	}
	return c
}

func main() {
	n := 80000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := newSkiplist(7)
	r := rand.New(rand.NewSource(42))
	for i := 0; i < n; i++ {
		k := r.Intn(4 * n)
		s.Set(k, strconv.Itoa(k))
	}
	found, length := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := s.Get(r.Intn(4 * n)); ok {
			found++
			length += len(v)
		}
	}
	deleted := 0
	for i := 0; i < n/2; i++ {
		if s.Delete(r.Intn(4 * n)) {
			deleted++
		}
	}
	ranged := 0
	for i := 0; i < 200; i++ {
		lo := r.Intn(4 * n)
		ranged += s.countRange(lo, lo+n/50)
	}
	sum, prev, sorted := 0, -1, true
	for x := s.head.next[0]; x != nil; x = x.next[0] {
		if x.key <= prev {
			sorted = false
		}
		prev = x.key
		sum += x.key % 1000
	}
	fmt.Println(s.size, found, length, deleted, ranged, sum, sorted, s.level)
}
