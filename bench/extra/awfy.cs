// awfy: the micro benchmarks of "Are We Fast Yet?" (Marr et al., 2016)
// in one program, each checked against the suite's expected result:
// Bounce (balls in a box, struct methods), List (Takeuchi on linked
// lists), Permute (recursive swaps), Queens (8 queens on []bool), Sieve
// (5000 flags), Storage (a tree of slices with random fan-out, the
// suite's Random), Towers (Hanoi with linked-list disc stacks). The
// argument is the number of rounds of the whole set.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type awfyRandom struct{ seed int }

func (r *awfyRandom) next() int {
	r.seed = ((r.seed * 1309) + 13849) & 65535
	return r.seed
}

type ball struct{ x, y, xVel, yVel int }

func newBall(r *awfyRandom) ball {
	return ball{x: r.next() % 500, y: r.next() % 500, xVel: (r.next() % 300) - 150, yVel: (r.next() % 300) - 150}
}

func (b *ball) bounce() bool {
	const xLimit, yLimit = 500, 500
	bounced := false
	b.x += b.xVel
	b.y += b.yVel
	if b.x > xLimit {
		b.x, b.xVel, bounced = xLimit, -abs(b.xVel), true
	}
	if b.x < 0 {
		b.x, b.xVel, bounced = 0, abs(b.xVel), true
	}
	if b.y > yLimit {
		b.y, b.yVel, bounced = yLimit, -abs(b.yVel), true
	}
	if b.y < 0 {
		b.y, b.yVel, bounced = 0, abs(b.yVel), true
	}
	return bounced
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func benchBounce() int {
	r := &awfyRandom{seed: 74755}
	balls := make([]ball, 100)
	for i := range balls {
		balls[i] = newBall(r)
	}
	bounces := 0
	for i := 0; i < 50; i++ {
		for j := range balls {
			if balls[j].bounce() {
				bounces++
			}
		}
	}
	return bounces
}

type elem struct {
	val  int
	next *elem
}

func makeList(n int) *elem {
	if n == 0 {
		return nil
	}
	return &elem{val: n, next: makeList(n - 1)}
}

func listLen(l *elem) int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func isShorter(x, y *elem) bool {
	for y != nil {
		if x == nil {
			return true
		}
		x, y = x.next, y.next
	}
	return false
}

func tail(x, y, z *elem) *elem {
	if isShorter(y, x) {
		return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y))
	}
	return z
}

func benchList() int {
	return listLen(tail(makeList(15), makeList(10), makeList(6)))
}

type permuter struct {
	count int
	v     []int
}

func (p *permuter) permute(n int) {
	p.count++
	if n != 0 {
		p.permute(n - 1)
		for i := n - 1; i >= 0; i-- {
			p.v[n-1], p.v[i] = p.v[i], p.v[n-1]
			p.permute(n - 1)
			p.v[n-1], p.v[i] = p.v[i], p.v[n-1]
		}
	}
}

func benchPermute() int {
	p := &permuter{v: make([]int, 6)}
	p.permute(6)
	return p.count
}

type queens struct {
	freeRows, freeMaxs, freeMins []bool
	queenRows                    []int
}

func (q *queens) place(c int) bool {
	for r := 0; r < 8; r++ {
		if q.freeRows[r] && q.freeMaxs[c+r] && q.freeMins[c-r+7] {
			q.set(r, c, false)
			if c == 7 || q.place(c+1) {
				return true
			}
			q.set(r, c, true)
		}
	}
	return false
}

func (q *queens) set(r, c int, free bool) {
	q.queenRows[r] = c
	q.freeRows[r] = free
	q.freeMaxs[c+r] = free
	q.freeMins[c-r+7] = free
}

func benchQueens() bool {
	ok := true
	for i := 0; i < 10; i++ {
		q := &queens{freeRows: make([]bool, 8), freeMaxs: make([]bool, 16), freeMins: make([]bool, 16), queenRows: make([]int, 8)}
		for _, s := range [][]bool{q.freeRows, q.freeMaxs, q.freeMins} {
			for j := range s {
				s[j] = true
			}
		}
		ok = ok && q.place(0)
	}
	return ok
}

func benchSieve() int {
	flags := make([]bool, 5000)
	for i := range flags {
		flags[i] = true
	}
	count := 0
	for i := 2; i <= 5000; i++ {
		if flags[i-1] {
			count++
			for k := i + i; k <= 5000; k += i {
				flags[k-1] = false
			}
		}
	}
	return count
}

type tree []interface{}

func buildTree(depth int, r *awfyRandom, count *int) interface{} {
	*count++
	if depth == 1 {
		return make([]int, r.next()%10+1)
	}
	t := make(tree, 4)
	for i := range t {
		t[i] = buildTree(depth-1, r, count)
	}
	return t
}

func benchStorage() int {
	r := &awfyRandom{seed: 74755}
	count := 0
	buildTree(7, r, &count)
	return count
}

type disk struct {
	size int
	next *disk
}

type towers struct {
	piles [3]*disk
	moves int
}

func (t *towers) push(d *disk, pile int) {
	top := t.piles[pile]
	if top != nil && d.size >= top.size {
		panic("cannot put a big disk on a smaller one")
	}
	d.next = top
	t.piles[pile] = d
}

func (t *towers) pop(pile int) *disk {
	top := t.piles[pile]
	t.piles[pile] = top.next
	top.next = nil
	return top
}

func (t *towers) move(from, to, n int) {
	if n == 1 {
		t.push(t.pop(from), to)
		t.moves++
		return
	}
	other := 3 - from - to
	t.move(from, other, n-1)
	t.move(from, to, 1)
	t.move(other, to, n-1)
}

func benchTowers() int {
	t := &towers{}
	for i := 12; i >= 0; i-- {
		t.push(&disk{size: i}, 0)
	}
	t.move(0, 1, 13)
	return t.moves
}

func main() {
	rounds := 1200
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	want := map[string]int{"Bounce": 1331, "List": 10, "Permute": 8660, "Sieve": 669, "Storage": 5461, "Towers": 8191}
	got := map[string]int{}
	queensOK := true
	for i := 0; i < rounds; i++ {
		got["Bounce"] = benchBounce()
		got["List"] = benchList()
		got["Permute"] = benchPermute()
		queensOK = queensOK && benchQueens()
		got["Sieve"] = benchSieve()
		got["Storage"] = benchStorage()
		got["Towers"] = benchTowers()
	}
	for _, name := range []string{"Bounce", "List", "Permute", "Sieve", "Storage", "Towers"} {
		fmt.Printf("%-8s %6d ok=%v\n", name, got[name], got[name] == want[name])
	}
	fmt.Println("Queens  ", queensOK)
}
