// checks (codegen): integer wrap/division/shift semantics, arrays and structs as values, strings, slices, maps
package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Grid [3][3]int

type P struct {
	X, Y int
	Tags [2]string
}

func (p *P) Move(dx int) { p.X += dx }
func (p P) Sum() int     { return p.X + p.Y }

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int64 = math.MinInt64
	fmt.Println(a, b, c, -c, c/-1, c%-1)
	x, y := 7, -2
	fmt.Println(x/y, x%y, -x/2, -x%2, x<<3, x>>1, -x>>1, x&^5, ^x)
	var u uint32 = 1
	fmt.Println(u<<31, u<<32, u<<33)
	s := uint(70)
	fmt.Println(1<<s, int64(-8)>>s)
	f := 3.7
	fmt.Println(int(f), int(-f), uint8(f), float32(f), Celsius(f)+1)
	fmt.Println(math.Sqrt(2), math.Inf(1), -math.MaxFloat64, 1e21, 1e20, 0.000001, 1.0/3.0)
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 6
	fmt.Println(g, h, g == h, len(g))
	p := P{X: 1, Y: 2}
	p.Tags[0] = "t"
	q := p
	q.Move(10)
	p.Move(1)
	fmt.Println(p, q, p.Sum(), q.Sum(), p == q)
	pp := &p
	pp.Move(1)
	m := pp.Move
	m(100)
	fmt.Println(p.X, pp.Sum())
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	str := "héllo, 世界"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(str), str[1], str[2:5], []byte(str[:3]), []rune(str)[1])
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), string(rune(65)), fmt.Sprint(bs[1:]))
	sl := []int{1, 2, 3, 4, 5}
	t := sl[1:3]
	t = append(t, 99)
	fmt.Println(sl, t, len(t), cap(t), sl[:0], sl[4:], sl[1:2:3])
	n := copy(sl, []int{9, 9})
	fmt.Println(n, sl)
	mm := map[string][]int{}
	mm["a"] = append(mm["a"], 1)
	mm["a"] = append(mm["a"], 2)
	v, ok := mm["b"]
	fmt.Println(mm, v == nil, ok, len(mm))
	delete(mm, "a")
	fmt.Println(mm)
	cnt := map[rune]int{}
	for _, r := range "hello" {
		cnt[r]++
	}
	fmt.Println(cnt['l'], cnt['z'])
	type pt struct{ a, b int }
	seen := map[pt]bool{{1, 2}: true}
	fmt.Println(seen[pt{1, 2}], seen[pt{2, 1}])
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	var ip *int
	defer func() { fmt.Println("recovered", recover()) }()
	fmt.Println(*ip)
}
