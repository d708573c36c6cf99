package main

import (
	"fmt"
	"strings"
)

type T struct {
	a, b int
	s    [4]int
}

func (t *T) Sum() int { return t.a + t.b + t.s[0] + t.s[3] }

type Keeper struct{ held *T }

func (k *Keeper) Hold(t *T) { k.held = t }

type Inner struct{ v int }

func (in *Inner) Self() *Inner { return in }

type Outer struct {
	Inner
	w int
}

var global *T
var gslice []*T
var gmap = map[int]*T{}
var gfunc func() int
var giface interface{}
var gchan = make(chan *T, 4)
var gint *int
var gkeep Keeper
var ginner *Inner
var gkept interface{}

func toGlobal(p *T)        { global = p }
func toSlice(p *T)         { gslice = append(gslice, p) }
func toMap(p *T)           { gmap[p.a] = p }
func toClosure(p *T)       { gfunc = func() int { return p.a } }
func toIface(p *T)         { giface = p }
func toChan(p *T)          { gchan <- p }
func ret(p *T) *T          { return p }
func field(p *T) *int      { return &p.b }
func arr(p *T) []int       { return p.s[:] }
func viaLocal(p *T)        { q := p; global = q }
func indirect(p *T)        { toGlobal(p) }
func viaMethodValue(p *T)  { f := p.Sum; gfunc = f }
func viaKeeper(p *T)       { gkeep.Hold(p) }
func viaPtrPtr(pp **T)     { global = *pp }
func takesAddr(p *T)       { viaPtrPtr(&p) }
func viaFmt(p *T) string   { return fmt.Sprint(p == nil) }
func viaVariadic(ps ...*T) { gslice = append(gslice, ps...) }
func keepI(v interface{})   { gkept = v }

// rec leaks p only at the bottom of a recursion.
func rec(p *T, n int) {
	if n == 0 {
		global = p
		return
	}
	rec(p, n-1)
}

// recSafe never leaks: recursion alone is fine.
func recSafe(p *T, n int) int {
	if n == 0 {
		return p.a
	}
	return recSafe(p, n-1) + 1
}

// clobber reuses the stack where the callers' frames were.
func clobber(n int) int {
	var junk [64]int
	for i := range junk {
		junk[i] = -n - i
	}
	s := 0
	for _, v := range junk {
		s += v
	}
	return s
}

func mk(i int) *T {
	return nil
}

func setup(i int) {
	var g, s, m, c, f, ch, r, fl, a, vl, ind, mv, kp, pp, va, rc, ki T
	g.a, s.a, m.a, c.a, f.a, ch.a, r.a = i, i+1, i+2, i+3, i+4, i+5, i+6
	fl.b, a.s[1], vl.a, ind.a, mv.a, kp.a, pp.a, va.a, rc.a, ki.a = i+7, i+8, i+9, i+10, i+11, i+12, i+13, i+14, i+15, i+16
	toGlobal(&g)
	toSlice(&s)
	toMap(&m)
	toClosure(&c)
	toIface(&f)
	toChan(&ch)
	gslice = append(gslice, ret(&r))
	gint = field(&fl)
	gslice = append(gslice, &T{s: [4]int{arr(&a)[1]}})
	viaLocal(&vl)
	indirect(&ind)
	viaMethodValue(&mv)
	viaKeeper(&kp)
	takesAddr(&pp)
	viaVariadic(&va)
	rec(&rc, 5)
	keepI(&ki)
	_ = viaFmt(&r)
}

func check(recv bool) {
	fmt.Println(global.a, len(gslice), gslice[0].a, gmap[102].a, gfunc(), giface.(*T).a)
	p := &T{a: -1}
	if recv {
		p = <-gchan
	}
	fmt.Println(p.a, *gint, gslice[1].a, gslice[2].s[0], gkeep.held.a, gkept.(*T).a)
	for _, q := range gslice {
		fmt.Print(q.a, " ")
	}
	fmt.Println()
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func embedded() *Inner {
	var o Outer
	o.v = 41
	o.w = 1
	return o.Self()
}

func stackUsers(n int) string {
	var sb strings.Builder
	var st Stack
	for i := 0; i < n; i++ {
		st.Push(i)
		sb.WriteString(fmt.Sprint(i))
	}
	var t T
	t.a = recSafe(&t, 3)
	return fmt.Sprint(sb.String(), st.Pop(), t.a, t.Sum())
}

// worker reads p only after its starter has returned.
func worker(p *T, start, out chan int) {
	<-start
	out <- p.a + p.s[2]
}

func starter(start, out chan int) {
	var t T
	t.a = 7
	t.s[2] = 30
	go worker(&t, start, out)
}

func show(p *T) { fmt.Println("deferred", p.a) }

func deferrer() {
	var t T
	defer show(&t)
	t.a = 5
}

func main() {
	start, out := make(chan int), make(chan int)
	starter(start, out)
	setup(100)
	fmt.Println(clobber(1))
	start <- 1
	fmt.Println(<-out)
	deferrer()
	check(true)
	fmt.Println(clobber(2))
	ginner = embedded()
	fmt.Println(clobber(3), ginner.v)
	fmt.Println(stackUsers(5))
	check(false)
}
