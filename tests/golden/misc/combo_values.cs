// checks: array methods and ==, iota with blanks, Stringer on named types in
// slices, variadics, UTF-8 ranging, 3-index slices and append aliasing,
// wrap-around, struct/array map keys, labeled continue/break, fallthrough
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type Celsius float64
type Temp interface{ String() string }

func (c Celsius) String() string { return strconv(float64(c)) + "C" }

func strconv(f float64) string { return fmt.Sprintf("%.1f", f) }

const (
	A = iota * 10
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func variadic(prefix string, xs ...int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return prefix + strings.Join(parts, ",")
}

func main() {
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Mul(id) == m, m.Mul(m))
	var t Temp = Celsius(21.55)
	fmt.Println(t, Celsius(-3))
	fmt.Printf("%v %d %s %v\n", Monday, Tuesday, Sunday, []Weekday{0, 1, 2})
	fmt.Println(A, B, C, E)
	fmt.Println(variadic("x:"), variadic("y:", 1), variadic("z:", []int{4, 5}...))
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s[:3]), []rune(s)[1])
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), bs[1:4], cap(bs[:0]) >= 6)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3:4]
	sl = append(sl, 100)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 200)
	sl[0] = -1
	fmt.Println(arr, sl)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1, 1<<62, ^0, 5&^3)
	var iface interface{} = 3
	switch v := iface.(type) {
	case int, int64:
		fmt.Printf("%T %v\n", v, v)
	}
	ms := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(ms[[2]int{1, 2}], len(ms))
	type key struct{ a, b string }
	mk := map[key]int{{"x", "y"}: 1}
	mk[key{"x", "y"}] += 5
	fmt.Println(mk)
	goto_free := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			goto_free += i*10 + j
		}
	}
	fmt.Println(goto_free)
	switch {
	case goto_free > 100:
		fmt.Println("big")
	case goto_free > 10:
		fmt.Println("medium")
		fallthrough
	default:
		fmt.Println("fell")
	}
}
