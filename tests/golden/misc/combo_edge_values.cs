// checks: method values/expressions, MinInt64/-1 and /0, shifts by 0..200 on
// every width, deferred named results, float->int conversions, invalid UTF-8,
// map keys holding interfaces, == panics on uncomparable dynamic types
package main

import (
	"fmt"
	"math"
	"strings"
)

type P struct{ X, Y int }

func (p P) Add(q P) P      { return P{p.X + q.X, p.Y + q.Y} }
func (p *P) Scale(k int)   { p.X *= k; p.Y *= k }
func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func divmod(a, b int64) (q, r int64) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			q, r = -1, -1
		}
	}()
	return a / b, a % b
}

func shifts(x int64, u uint64, n uint) {
	fmt.Println(x<<n, x>>n, u<<n, u>>n, int32(x)<<n, int8(x)>>n, uint8(u)<<n)
}

func named() (s string, n int) {
	defer func() { s += "!"; n *= 2 }()
	s, n = "hi", 21
	return s + "?", n
}

func main() {
	p := P{1, 2}
	add := p.Add
	scale := p.Scale
	p.X = 100
	fmt.Println(add(P{10, 10}), p)
	scale(3)
	fmt.Println(p)
	f := P.Add
	g := (*P).Scale
	g(&p, 2)
	fmt.Println(f(p, P{1, 1}), fmt.Sprint(p), []fmt.Stringer{p, &p})

	var mn int64 = math.MinInt64
	fmt.Println(divmod(mn, -1))
	fmt.Println(divmod(7, 0))
	fmt.Println(divmod(-7, 2))
	var i32 int32 = math.MinInt32
	m1 := int32(-1)
	fmt.Println(i32/m1, i32%m1, -i32)
	var i8 int8 = -128
	fmt.Println(i8/int8(m1), -i8, i8*i8)

	for _, n := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 65, 200} {
		shifts(-5, 0xF0F0, n)
	}
	var big uint = 1 << 63
	fmt.Println(1<<(big>>58), int64(1)<<big)

	fmt.Println(named())

	fl := []float64{1e20, -1e20, math.NaN(), math.Inf(1), -0.5, 2.9, -2.9, 4294967296.5}
	for _, x := range fl {
		fmt.Print(int32(int64(x)), " ", uint8(int64(x)), " ")
	}
	fmt.Println()
	for _, x := range []float64{-0.5, 2.9, -2.9, 255.9, 65535.5} {
		fmt.Print(int(x), uint8(x), uint16(x), int8(x), " ")
	}
	fmt.Println()

	s := "a\xffb\xe2\x82"
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len([]rune(s)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD", []byte(string(rune(65))))
	fmt.Printf("%q %+q %x % X\n", s, "héllo", s, "hi")
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("ab", i))
		sb.WriteByte('|')
		sb.WriteRune('é')
	}
	fmt.Println(sb.String(), sb.Len())

	type K struct {
		A [2]string
		B any
	}
	mk := map[K]int{}
	mk[K{[2]string{"a", "b"}, 1}] = 1
	mk[K{[2]string{"a", "b"}, int64(1)}] = 2
	mk[K{[2]string{"a", "b"}, 1}] += 10
	fmt.Println(len(mk), mk[K{[2]string{"a", "b"}, 1}])
	mi := map[any]string{1: "int", "1": "string", 1.5: "float", true: "bool", int8(1): "int8", P{1, 2}: "P"}
	fmt.Println(mi)
	var e1, e2 any = P{1, 2}, P{1, 2}
	fmt.Println(e1 == e2, e1 != any(P{2, 1}))
	func() {
		defer func() { fmt.Println("cmp panic:", recover()) }()
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("map key panic:", recover()) }()
		m := map[any]int{}
		m[[]int{1}] = 1
	}()
}
