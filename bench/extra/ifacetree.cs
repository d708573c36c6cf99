package main

// A persistent binary search tree whose nodes sit behind an interface:
// Leaf and *Branch implement Tree, and Insert, Has, Sum and Height
// dispatch on every level. Each insert copies the path it walks, so
// the program both allocates and makes interface calls per node.

import (
	"fmt"
	"os"
	"strconv"
)

type Tree interface {
	Insert(k int) Tree
	Has(k int) bool
	Sum() int
	Height() int
}

type Leaf struct{}

type Branch struct {
	key         int
	left, right Tree
}

func (Leaf) Insert(k int) Tree { return &Branch{k, Leaf{}, Leaf{}} }
func (Leaf) Has(k int) bool    { return false }
func (Leaf) Sum() int          { return 0 }
func (Leaf) Height() int       { return 0 }

func (b *Branch) Insert(k int) Tree {
	switch {
	case k < b.key:
		return &Branch{b.key, b.left.Insert(k), b.right}
	case k > b.key:
		return &Branch{b.key, b.left, b.right.Insert(k)}
	}
	return b
}

func (b *Branch) Has(k int) bool {
	if k == b.key {
		return true
	}
	if k < b.key {
		return b.left.Has(k)
	}
	return b.right.Has(k)
}

func (b *Branch) Sum() int { return b.key%1000 + b.left.Sum() + b.right.Sum() }

func (b *Branch) Height() int {
	l, r := b.left.Height(), b.right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint64(88172645463325252)
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(4*n))
	}
	var t Tree = Leaf{}
	old := t
	for i := 0; i < n; i++ {
		t = t.Insert(next())
		if i == n/2 {
			old = t
		}
	}
	hits, oldHits := 0, 0
	for i := 0; i < 2*n; i++ {
		k := next()
		if t.Has(k) {
			hits++
		}
		if old.Has(k) {
			oldHits++
		}
	}
	sum := 0
	for r := 0; r < 8; r++ {
		sum += t.Sum()
	}
	fmt.Println("hits", hits, "old", oldHits, "sum", sum, "height", t.Height(), old.Height())
}
