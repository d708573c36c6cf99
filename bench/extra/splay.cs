// splay: Octane's Splay benchmark. A top-down splay tree keyed by
// float64 holds 8,000 nodes, each carrying a payload tree (depth 5) of
// structs with []int arrays and tag strings built by concatenation.
// Each step inserts a fresh random key (retrying on duplicates), then
// removes the greatest key below it, or the key itself when there is
// none, so the tree keeps its size while garbage keeps flowing.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type payload struct {
	array       []int
	str         string
	left, right *payload
}

type node struct {
	key         float64
	value       *payload
	left, right *node
}

type splayTree struct{ root *node }

func (t *splayTree) splay(key float64) {
	if t.root == nil {
		return
	}
	var dummy node
	left, right := &dummy, &dummy
	cur := t.root
	for {
		if key < cur.key {
			if cur.left == nil {
				break
			}
			if key < cur.left.key {
				tmp := cur.left
				cur.left = tmp.right
				tmp.right = cur
				cur = tmp
				if cur.left == nil {
					break
				}
			}
			right.left = cur
			right = cur
			cur = cur.left
		} else if key > cur.key {
			if cur.right == nil {
				break
			}
			if key > cur.right.key {
				tmp := cur.right
				cur.right = tmp.left
				tmp.left = cur
				cur = tmp
				if cur.right == nil {
					break
				}
			}
			left.right = cur
			left = cur
			cur = cur.right
		} else {
			break
		}
	}
	left.right = cur.left
	right.left = cur.right
	cur.left = dummy.right
	cur.right = dummy.left
	t.root = cur
}

func (t *splayTree) insert(key float64, v *payload) {
	if t.root == nil {
		t.root = &node{key: key, value: v}
		return
	}
	t.splay(key)
	if t.root.key == key {
		return
	}
	n := &node{key: key, value: v}
	if key > t.root.key {
		n.left = t.root
		n.right = t.root.right
		t.root.right = nil
	} else {
		n.right = t.root
		n.left = t.root.left
		t.root.left = nil
	}
	t.root = n
}

func (t *splayTree) remove(key float64) *node {
	t.splay(key)
	if t.root == nil || t.root.key != key {
		return nil
	}
	removed := t.root
	if removed.left == nil {
		t.root = removed.right
	} else {
		right := removed.right
		t.root = removed.left
		t.splay(key)
		t.root.right = right
	}
	return removed
}

func (t *splayTree) find(key float64) *node {
	if t.root == nil {
		return nil
	}
	t.splay(key)
	if t.root.key == key {
		return t.root
	}
	return nil
}

func (t *splayTree) findMax(start *node) *node {
	cur := start
	for cur.right != nil {
		cur = cur.right
	}
	return cur
}

func (t *splayTree) greatestLessThan(key float64) *node {
	if t.root == nil {
		return nil
	}
	t.splay(key)
	if t.root.key < key {
		return t.root
	}
	if t.root.left != nil {
		return t.findMax(t.root.left)
	}
	return nil
}

func (t *splayTree) walk(n *node, f func(*node)) {
	for n != nil {
		t.walk(n.left, f)
		f(n)
		n = n.right
	}
}

type rng struct{ seed uint32 }

// next is Octane's deterministic Math.random replacement.
func (r *rng) next() float64 {
	s := r.seed
	s = (s + 0x7ed55d16) + (s << 12)
	s = (s ^ 0xc761c23c) ^ (s >> 19)
	s = (s + 0x165667b1) + (s << 5)
	s = (s + 0xd3a2646c) ^ (s << 9)
	s = (s + 0xfd7046c5) + (s << 3)
	s = (s ^ 0xb55a4f09) ^ (s >> 16)
	r.seed = s
	return float64(s&0xfffffff) / 0x10000000
}

func makePayload(depth int, tag string) *payload {
	if depth == 0 {
		return &payload{array: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, str: "String for key " + tag + " in leaf node"}
	}
	return &payload{left: makePayload(depth-1, tag), right: makePayload(depth-1, tag)}
}

type bench struct {
	tree splayTree
	r    rng
}

func (b *bench) insertNew() float64 {
	var key float64
	for {
		key = b.r.next()
		if b.tree.find(key) == nil {
			break
		}
	}
	b.tree.insert(key, makePayload(5, strconv.FormatFloat(key, 'g', -1, 64)))
	return key
}

func main() {
	steps := 60000
	if len(os.Args) > 1 {
		steps, _ = strconv.Atoi(os.Args[1])
	}
	b := &bench{r: rng{seed: 49734321}}
	for i := 0; i < 8000; i++ {
		b.insertNew()
	}
	for i := 0; i < steps; i++ {
		key := b.insertNew()
		if g := b.tree.greatestLessThan(key); g == nil {
			b.tree.remove(key)
		} else {
			b.tree.remove(g.key)
		}
	}
	count, sum, strLen, ordered := 0, 0.0, 0, true
	prev := -1.0
	b.tree.walk(b.tree.root, func(n *node) {
		count++
		sum += n.key
		if n.key <= prev {
			ordered = false
		}
		prev = n.key
		p := n.value
		for p.left != nil {
			p = p.left
		}
		strLen += len(p.str) + p.array[9]
	})
	fmt.Printf("nodes %d ordered %v keysum %.9f strlen %d\n", count, ordered, sum, strLen)
}
