// Go spec corners as Go 1.19 defines them: shadowing in if/switch/for headers,
// labelled break/continue (also out of select and range), fallthrough, defer
// argument evaluation and order, one loop variable per loop (Go 1.19), integer
// wraparound, shifts by large counts, assignment evaluation order and range copies.
package main

import (
	"fmt"
	"math"
	"sync"
)

var x = "package"

func f() (int, error) { return 7, nil }

func runShadow() {
	fmt.Println(x)
	x := 1
	if x := 2; x > 1 {
		fmt.Println("if", x)
		x := 3
		fmt.Println("inner", x)
	} else if y := x * 10; y > 0 {
		fmt.Println(y)
	} else {
		fmt.Println(x, y)
	}
	fmt.Println(x)
	switch x := "s"; x {
	case "s":
		x := 4.5
		fmt.Println("switch", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("for", x)
	}
	n, err := f()
	if n, err := f(); err == nil {
		n++
		fmt.Println("shadow n", n)
	}
	fmt.Println(n, err)
	{
		x, z := 10, 20
		fmt.Println(x, z)
	}
	var i interface{} = 3
	switch i := i.(type) {
	case int:
		fmt.Println("int", i+1)
	}
	fmt.Println(x, i)
	fmt := "shadowed fmt"
	println(fmt)
}

func runLabels() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
sel:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break sel
			}
			if v == 3 {
				continue sel
			}
			fmt.Print("v", v, " ")
		}
	}
	fmt.Println()
	m := map[string][]int{"a": {1, 2, 3}}
rangeLbl:
	for k, vs := range m {
		for _, v := range vs {
			if v == 2 {
				break rangeLbl
			}
			fmt.Println(k, v)
		}
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("sw", i)
		}
	}
}

func classify(n int) []string {
	var out []string
	switch {
	case n < 0:
		out = append(out, "neg")
		fallthrough
	case n == 0:
		out = append(out, "nonpos")
	case n > 100:
		out = append(out, "big")
		fallthrough
	case n > 10:
		out = append(out, "medium+")
		fallthrough
	default:
		out = append(out, "any")
	}
	return out
}

func runFallthrough() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		fmt.Println(n, classify(n))
	}
	switch x := 2; x {
	case 1, 2, 3:
		fmt.Println("small")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	case 5:
		fmt.Println("five")
	}
	switch {
	default:
		fmt.Println("default first")
		fallthrough
	case false:
		fmt.Println("after default")
	}
}

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv", t.n) }
func (t *T) pshow() { fmt.Println("ptr recv", t.n) }

func trace(s string) string { fmt.Println("enter", s); return s }
func un(s string)            { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred arg", i)
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func runDefer() {
	a()
	fmt.Println(counter())
	loop()
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.n = 2
	x := 10
	defer fmt.Println("x at defer", x)
	x = 20
	var f func()
	defer func() {
		r := recover()
		fmt.Println("recovered nil func:", r)
	}()
	defer f()
	fmt.Println("end main", x)
}

func runClosures() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], ptrs[0] == ptrs[2])
	var wg sync.WaitGroup
	res := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			res[k] = k * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
}

func runOverflow() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, i64-1, i64/-1)
	var u uint = 0
	fmt.Println(u-1, ^u, ^0)
	var u16 uint16 = 65535
	fmt.Println(u16*u16, u16+1)
	x := math.MaxInt64
	fmt.Println(x+1, x*2)
	var i16 int16 = -32768
	fmt.Println(i16*-1, -i16, i16%-1)
	var b byte = 200
	fmt.Println(b+b, b<<1, b>>1, int(b)<<1)
	fmt.Println(int8(-128)/int8(-1+0*int(b)))
	f := 1e300
	fmt.Println(f*1e10, -f*1e10, int64(float32(f/f*3.9)), int(-2.7*f/f))
	var k int = 300
	fmt.Println(uint8(k), int8(k), uint16(-k), int32(int64(k)<<40+5))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}

func runShifts() {
	var one int64 = 1
	var n uint = 63
	fmt.Println(one<<n, one<<(n+1), -one>>n, -one>>100)
	var u uint8 = 0xff
	for _, s := range []uint{0, 1, 7, 8, 9, 64, 200} {
		fmt.Print(u<<s, " ", u>>s, " ")
	}
	fmt.Println()
	var i8 int8 = -128
	for _, s := range []int{0, 1, 7, 8, 100} {
		fmt.Print(i8>>s, " ", i8<<s, " ")
	}
	fmt.Println()
	var x uint32 = 1
	var big uint64 = 1 << 40
	fmt.Println(x<<big, x<<31, x<<32)
	sh := 3
	fmt.Println(1<<sh, int32(1)<<sh, uint16(1)<<(sh*6))
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	fmt.Println(1 << neg)
}

func get(tag string, v int) int { fmt.Print(tag, " "); return v }

func runEvalorder() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice", v)
		}
	}
	pa := &[3]int{1, 2, 3}
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(*pa, len(pa))
	s := []int{1, 2, 3}
	for _, v := range s {
		s = append(s, v)
	}
	fmt.Println(s)
	m := map[int]int{}
	m[get("k", 1)] = get("v", 2)
	fmt.Println(m)
	r := get("a", 1) + get("b", 2)*get("c", 3)
	fmt.Println(r)
	fmt.Println(get("x", 1), get("y", 2))
	b := a
	b[0] = -1
	c := arr
	c[0] = -1
	fmt.Println(a[0], arr[0])
	s1 := make([]int, 3, 10)
	s2 := append(s1, 4)
	s3 := append(s1, 5)
	fmt.Println(s2[3], s3[3], len(s1))
	bs0 := make([]byte, 1)
	src := []int{1, 2, 3, 4, 5}
	copy(src[1:], src)
	fmt.Println(src, copy(bs0, "ignored"[:2]), bs0)
	bs := make([]byte, 3)
	n := copy(bs, "héllo")
	fmt.Println(n, bs)
	full := s1[0:2:2]
	full = append(full, 42)
	fmt.Println(s1[2], full, cap(full) >= 3)
}

func main() {
	fmt.Println("== Shadow")
	runShadow()
	fmt.Println("== Labels")
	runLabels()
	fmt.Println("== Fallthrough")
	runFallthrough()
	fmt.Println("== Defer")
	runDefer()
	fmt.Println("== Closures")
	runClosures()
	fmt.Println("== Overflow")
	runOverflow()
	fmt.Println("== Shifts")
	runShifts()
	fmt.Println("== Evalorder")
	runEvalorder()
}
