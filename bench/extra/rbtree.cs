// rbtree: Sedgewick's left-leaning red-black tree of int keys and values:
// pointer-heavy insert with rotations and colour flips, lookups, deletes
// (moveRedLeft/moveRedRight, deleteMin), an in-order walk, and a check
// of the black-height invariant at the end.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct {
	key, val    int
	left, right *node
	red         bool
}

type tree struct {
	root *node
	size int
}

func isRed(h *node) bool { return h != nil && h.red }

func rotateLeft(h *node) *node {
	x := h.right
	h.right = x.left
	x.left = h
	x.red = h.red
	h.red = true
	return x
}

func rotateRight(h *node) *node {
	x := h.left
	h.left = x.right
	x.right = h
	x.red = h.red
	h.red = true
	return x
}

func flip(h *node) {
	h.red = !h.red
	h.left.red = !h.left.red
	h.right.red = !h.right.red
}

func fixUp(h *node) *node {
	if isRed(h.right) && !isRed(h.left) {
		h = rotateLeft(h)
	}
	if isRed(h.left) && isRed(h.left.left) {
		h = rotateRight(h)
	}
	if isRed(h.left) && isRed(h.right) {
		flip(h)
	}
	return h
}

func (t *tree) insert(h *node, k, v int) *node {
	if h == nil {
		t.size++
		return &node{key: k, val: v, red: true}
	}
	if k < h.key {
		h.left = t.insert(h.left, k, v)
	} else if k > h.key {
		h.right = t.insert(h.right, k, v)
	} else {
		h.val = v
	}
	return fixUp(h)
}

func (t *tree) Put(k, v int) {
	t.root = t.insert(t.root, k, v)
	t.root.red = false
}

func (t *tree) Get(k int) (int, bool) {
	h := t.root
	for h != nil {
		if k < h.key {
			h = h.left
		} else if k > h.key {
			h = h.right
		} else {
			return h.val, true
		}
	}
	return 0, false
}

func moveRedLeft(h *node) *node {
	flip(h)
	if isRed(h.right.left) {
		h.right = rotateRight(h.right)
		h = rotateLeft(h)
		flip(h)
	}
	return h
}

func moveRedRight(h *node) *node {
	flip(h)
	if isRed(h.left.left) {
		h = rotateRight(h)
		flip(h)
	}
	return h
}

func deleteMin(h *node) *node {
	if h.left == nil {
		return nil
	}
	if !isRed(h.left) && !isRed(h.left.left) {
		h = moveRedLeft(h)
	}
	h.left = deleteMin(h.left)
	return fixUp(h)
}

func minNode(h *node) *node {
	for h.left != nil {
		h = h.left
	}
	return h
}

func (t *tree) del(h *node, k int) *node {
	if k < h.key {
		if !isRed(h.left) && !isRed(h.left.left) {
			h = moveRedLeft(h)
		}
		h.left = t.del(h.left, k)
	} else {
		if isRed(h.left) {
			h = rotateRight(h)
		}
		if k == h.key && h.right == nil {
			t.size--
			return nil
		}
		if !isRed(h.right) && !isRed(h.right.left) {
			h = moveRedRight(h)
		}
		if k == h.key {
			m := minNode(h.right)
			h.key, h.val = m.key, m.val
			h.right = deleteMin(h.right)
			t.size--
		} else {
			h.right = t.del(h.right, k)
		}
	}
	return fixUp(h)
}

func (t *tree) Delete(k int) {
	if _, ok := t.Get(k); !ok {
		return
	}
	if !isRed(t.root.left) && !isRed(t.root.right) {
		t.root.red = true
	}
	t.root = t.del(t.root, k)
	if t.root != nil {
		t.root.red = false
	}
}

func blackHeight(h *node) int {
	if h == nil {
		return 1
	}
	l, r := blackHeight(h.left), blackHeight(h.right)
	if l != r || l < 0 || isRed(h.right) || (h.red && isRed(h.left)) {
		return -1
	}
	if !h.red {
		l++
	}
	return l
}

func (t *tree) walk(h *node, f func(k, v int)) {
	if h == nil {
		return
	}
	t.walk(h.left, f)
	f(h.key, h.val)
	t.walk(h.right, f)
}

func main() {
	n := 150000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	t := &tree{}
	x := uint64(88172645463325252)
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(4*n))
	}
	for i := 0; i < n; i++ {
		t.Put(next(), i)
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := t.Get(next()); ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n/2; i++ {
		t.Delete(next())
		t.Put(next(), i)
	}
	prev, ordered, acc := -1, true, 0
	t.walk(t.root, func(k, v int) {
		if k <= prev {
			ordered = false
		}
		prev = k
		acc = (acc*31 + k ^ v) % 1000000007
	})
	fmt.Println(t.size, hits, sum, ordered, blackHeight(t.root), acc)
}
