// Routes by which a pointer argument outlives its call, each taken with a
// stack variable's address: leak.c must see every one and move the
// variable to the heap. smash overwrites the dead frames before the values
// are read back. The parenthesized receiver (*T) is a pointer receiver too
// (gofmt would drop its parentheses: keep them).
package main

import "fmt"

type T struct {
	a, b int
	arr  [3]int
}

func (t T) Val() int        { return t.a*100 + t.b }
func (t T) Show(c chan int) { c <- t.a*100 + t.b }
func (t *T) Self() *T       { return t }
func (t (*T)) Keep()        { global = append(global, t) }
func (t *(T)) Keep2()       { global = append(global, t) }

type Keeper interface{ Keep(p *T) }
type store struct{ held []*T }

func (s *store) Keep(p *T) { s.held = append(s.held, p) }

var st = &store{}
var k Keeper = st
var global []*T
var gfuncs []func() int
var gints []*int
var gslices [][]int

func viaIface(p *T) { k.Keep(p) }
func even(p *T, n int) {
	if n == 0 {
		global = append(global, p)
	} else {
		odd(p, n-1)
	}
}
func odd(p *T, n int) {
	if n == 0 {
		return
	}
	even(p, n-1)
}
func viaFuncVar(p *T)                  { h := viaIface; h(p) }
func viaDefer(p *T)                    { defer keepT(p) }
func keepT(p *T)                       { global = append(global, p) }
func viaReturnClosure(p *T) func() int { return func() int { return p.a } }
func viaSliceParam(s []*T, p *T)       { s[0] = p }
func viaPtrPtr(pp **T, p *T)           { *pp = p }
func viaSelf(p *T)                     { global = append(global, p.Self()) }
func viaField(p *T)                    { gints = append(gints, &p.b) }
func viaArr(p *T)                      { gslices = append(gslices, p.arr[1:]) }
func viaArrPtr(p *[3]int)              { gslices = append(gslices, p[:]) }
func viaRangePtr(p *[3]int) {
	for i := range p {
		gints = append(gints, &p[i])
	}
}
func viaGoValue(p *T, c chan int)    { go p.Show(c) }
func viaDeferValue(p *T, c chan int) { defer p.Show(c); p.a = -1 }
func viaMethodValueV(p *T)           { gfuncs = append(gfuncs, p.Val) }
func viaVariadic(ps ...*T)           { global = append(global, ps...) }
func viaMapOfPtr(m map[int]*T, p *T) { m[len(m)] = p }
func viaChan(c chan *T, p *T)        { c <- p }
func viaArrayElem(a *[2]*T, p *T)    { a[1] = p }
func viaStructCopy(p *T) T           { return *p } // safe: copy
func viaParenRecv(p *T)              { p.Keep() }
func viaParenRecv2(p *T)             { p.Keep2() }
func (s *store) Put(n int, p *T)     { s.held = append(s.held, p) }
func (s store) PutV(p *T, q *T)      { global = append(global, q) }
func viaDoublePass(p *T)             { viaDoublePass2(p, p) }
func viaDoublePass2(a, b *T) {
	if a == b {
		keepT(b)
	}
}

func smash(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	if n > 0 {
		return smash(n-1) + a[n%64]
	}
	return a[5]
}

var gm = map[int]*T{}
var gc = make(chan *T, 10)
var garr [2]*T

// oneF keeps gcc from inlining one into main, whose frame never dies.
var oneF = one

func one(i int) {
	t1 := T{a: i, b: 1}
	viaIface(&t1)
	t2 := T{a: i, b: 2}
	even(&t2, 4)
	t3 := T{a: i, b: 3}
	viaFuncVar(&t3)
	t4 := T{a: i, b: 4}
	viaDefer(&t4)
	t5 := T{a: i, b: 5}
	gfuncs = append(gfuncs, viaReturnClosure(&t5))
	t6 := T{a: i, b: 6}
	s := make([]*T, 1)
	viaSliceParam(s, &t6)
	global = append(global, s[0])
	t7 := T{a: i, b: 7}
	var pp *T
	viaPtrPtr(&pp, &t7)
	global = append(global, pp)
	t8 := T{a: i, b: 8}
	viaSelf(&t8)
	t9 := T{a: i, b: 9, arr: [3]int{i, i + 1, i + 2}}
	viaField(&t9)
	viaArr(&t9)
	arr := [3]int{i * 7, i * 8, i * 9}
	viaArrPtr(&arr)
	arr2 := [3]int{i * 17, i * 18, i * 19}
	viaRangePtr(&arr2)
	t10 := T{a: i, b: 10}
	viaMethodValueV(&t10)
	t11 := T{a: i, b: 11}
	viaVariadic(&t11)
	t12 := T{a: i, b: 12}
	viaMapOfPtr(gm, &t12)
	t13 := T{a: i, b: 13}
	viaChan(gc, &t13)
	t14 := T{a: i, b: 14}
	viaArrayElem(&garr, &t14)
	global = append(global, garr[1])
	t15 := T{a: i, b: 15}
	viaDoublePass(&t15)
	t16, t17 := T{a: i, b: 16}, T{a: i, b: 17}
	viaParenRecv(&t16)
	t20 := T{a: i, b: 20}
	viaParenRecv2(&t20)
	st.Put(0, &t17)
	t18, t19 := T{a: i, b: 18}, T{a: i, b: 19}
	st.PutV(&t18, &t19)
}

func goValue(i int, c chan int) {
	t := T{a: i, b: 20}
	viaGoValue(&t, c)
	t.a = 99
	t.b = 99
}

func main() {
	for i := 1; i <= 2; i++ {
		oneF(i)
		smash(30)
	}
	for _, p := range st.held {
		smash(5)
		fmt.Println("iface", p.Val())
	}
	for _, p := range global {
		smash(5)
		fmt.Println("global", p.Val())
	}
	for _, f := range gfuncs {
		smash(5)
		fmt.Println("func", f())
	}
	for _, p := range gints {
		smash(5)
		fmt.Println("int", *p)
	}
	for _, s := range gslices {
		smash(5)
		fmt.Println("slice", s)
	}
	for i := 0; i < len(gm); i++ {
		fmt.Println("map", gm[i].Val())
	}
	for len(gc) > 0 {
		fmt.Println("chan", (<-gc).Val())
	}
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		goValue(i, c)
		smash(20)
		fmt.Println("go", <-c)
	}
	c2 := make(chan int, 1)
	t := T{a: 5, b: 6}
	viaDeferValue(&t, c2)
	fmt.Println("defer", <-c2)
}
