package main

// Values converted to interface parameters: a callee that only looks the
// value up, compares it or asserts it to a concrete type lets the caller
// box it in its own frame; every other use keeps the value past the call,
// so its box must outlive the caller. smash() overwrites the stack between
// the calls and the prints.

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

type pair struct{ a, b int }

type named string

func (n named) String() string { return "named:" + string(n) }

// ---- callees that do not keep their interface parameter ----

func lookup(m map[any]int, k any) int { return m[k] }

func has(m map[any]int, k any) bool {
	_, ok := m[k]
	return ok
}

func del(m map[any]int, k any) { delete(m, k) }

func same(a, b any) bool { return a == b && !(a != b) }

func strLen(x any) int {
	if s, ok := x.(string); ok {
		return len(s)
	}
	if p, ok := x.(pair); ok {
		return p.a + p.b
	}
	return -1
}

func passOn(m map[any]int, k any) int { return lookup(m, k) + strLen(k) }

// ---- callees that keep it, one way each ----

var (
	kept   []any
	gmap   = map[any]int{}
	gfuncs []func() any
	gch    = make(chan any, 8)
	gpp    *any
	gs     []holder
	gstr   []fmt.Stringer
)

type holder struct{ v any }

func toSlice(x any)  { kept = append(kept, x) }
func toMapKey(x any) { gmap[x] = 1 }
func toMapInc(x any) { gmap[x]++ }
func toMapAdd(x any) { gmap[x] += 2 }
func toRangeKey(x any) {
	for gmap[x] = range []int{7, 8} {
	}
}
func ret(x any) any    { return x }
func toClosure(x any)  { gfuncs = append(gfuncs, func() any { return x }) }
func toStringer(x any) { gstr = append(gstr, x.(fmt.Stringer)) }
func toSwitch(x any) {
	switch v := x.(type) {
	case int:
	default:
		kept = append(kept, v)
	}
}
func toChan(x any)                 { gch <- x }
func toAddr(x any)                 { gpp = &x }
func toStruct(x any)               { gs = append(gs, holder{x}) }
func toLocal(x any)                { y := x; kept = append(kept, y) }
func viaLater(x any)               { later(x) }
func later(x any)                  { kept = append(kept, x) }
func toMethodValue(x fmt.Stringer) { gfuncs = append(gfuncs, func() any { return x.String() }) }
func rec(x any, n int) {
	if n == 0 {
		kept = append(kept, x)
		return
	}
	rec(x, n-1)
}
func lookupThenKeep(m map[any]int, x any) int {
	v := m[x]
	later(x)
	return v
}

// spawnDelete's goroutine deletes k after spawnDelete has returned.
func spawnDelete(m map[any]int, k any) { go delete(m, k) }

func fresh(tag string, i int) string { return tag + "-" + strconv.Itoa(i*7919) }

func fill(i int) {
	toSlice(fresh("slice", i))
	toMapKey(fresh("mapkey", i))
	toMapInc(fresh("mapinc", i))
	toMapAdd(fresh("mapadd", i))
	toRangeKey(fresh("range", i))
	kept = append(kept, ret(fresh("ret", i)))
	toClosure(fresh("closure", i))
	toStringer(named(fresh("stringer", i)))
	toSwitch(fresh("switch", i))
	toChan(fresh("chan", i))
	toAddr(fresh("addr", i))
	toStruct(fresh("struct", i))
	toLocal(fresh("local", i))
	viaLater(fresh("later", i))
	toMethodValue(named(fresh("method", i)))
	rec(fresh("rec", i), 3)
	lookupThenKeep(gmap, fresh("lookupkeep", i))
	toSlice(pair{i, 1000 + i})
	toSlice(1000 + i)
}

//go:noinline
func smash(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n*131 + i
	}
	if n > 0 {
		return smash(n-1) + buf[n%64]
	}
	return buf[3]
}

func main() {
	m := map[any]int{"a": 1, "bb": 2, pair{1, 2}: 3, 4000: 4, named("n"): 5}
	total := 0
	for i := 0; i < 3; i++ {
		k := "bb"
		if i == 1 {
			k = "a"
		}
		total += lookup(m, k) + lookup(m, pair{1, 1 + i}) + lookup(m, 3999+i) + passOn(m, k)
		fmt.Println(i, has(m, k), has(m, "zz"), same(k, "bb"), same(pair{i, i}, pair{1, 1}), strLen(k), strLen(pair{i, 2}))
	}
	fmt.Println("total", total, lookup(m, named("n")), lookup(m, "n"))
	del(m, "a")
	del(m, pair{1, 2})
	fmt.Println("after delete", len(m), has(m, "a"), has(m, "bb"))

	var sm sync.Map
	for i := 0; i < 5; i++ {
		sm.Store("k"+strconv.Itoa(i), i*i)
	}
	for i := 0; i < 6; i++ {
		v, ok := sm.Load("k" + strconv.Itoa(i))
		fmt.Print(v, ok, " ")
	}
	sm.Delete("k2")
	_, ok := sm.Load("k2")
	fmt.Println(ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(same([]int{1}, []int{1}))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(lookup(m, []int{1}))
	}()

	for i := 0; i < 3; i++ {
		fill(i)
		smash(40)
	}
	smash(60)
	fmt.Println(kept)
	fmt.Println(len(gmap), gmap[fresh("mapkey", 2)], gmap[fresh("mapinc", 1)], gmap[fresh("mapadd", 0)], gmap[fresh("range", 2)])
	keys := 0
	for k := range gmap {
		keys += len(k.(string))
	}
	fmt.Println("key bytes", keys)
	for _, f := range gfuncs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(gstr, *gpp, gs)
	late := map[any]int{fresh("gone", 1): 1, fresh("kept", 1): 2}
	spawnDelete(late, fresh("gone", 1))
	smash(60)
	for i := 0; i < 5000 && len(late) == 2; i++ { // seconds at most, for a loaded machine
		time.Sleep(time.Millisecond)
	}
	fmt.Println(late)
	close(gch)
	for v := range gch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
