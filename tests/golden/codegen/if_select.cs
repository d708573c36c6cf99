// checks: small ifs of integer assignments, emitted without a branch
// (gen_ifconv.c), give the same values as the branch: both outcomes, op=
// forms, later assignments reading earlier targets, narrow and unsigned
// types that wrap, and ifs that must keep their branch (index, division,
// call, else).
package main

import "fmt"

func borrowLoop(a, b []uint32) ([]uint32, int64) {
	dst := make([]uint32, len(a))
	var borrow int64
	for i := range a {
		t := int64(a[i]) - borrow
		if i < len(b) {
			t -= int64(b[i])
		}
		borrow = 0
		if t < 0 {
			t += 1 << 32
			borrow = 1
		}
		dst[i] = uint32(t)
	}
	return dst, borrow
}

func chain(x int) (int, int, int) {
	a, b, c := x, 0, 0
	if a > 3 {
		a *= 3
		b = a + 1
		c ^= b << 2
	}
	return a, b, c
}

func narrow(v int8, u uint8, w uint16) (int8, uint8, uint16) {
	if v != 0 {
		v += 100
		u -= 200
		w &^= 0xf0f0
	}
	return v, u, w
}

func mixed(k uint64, s int32) (uint64, int32) {
	if k&1 == 1 {
		k = k*0x9e3779b97f4a7c15 + 7
		s = int32(k >> 40)
	}
	return k, s
}

func keepsBranch(xs []int, d int) (int, int) {
	r, q := 0, 0
	if d != 0 {
		q = 100 / d
		r = xs[d]
	}
	return q, r
}

func main() {
	fmt.Println(borrowLoop([]uint32{0, 5, 1 << 31, 7, 0}, []uint32{1, 5, 1<<31 + 1, 2}))
	fmt.Println(borrowLoop([]uint32{10, 20}, []uint32{3}))
	for _, x := range []int{-5, 3, 4, 1 << 62} {
		fmt.Println(chain(x))
	}
	fmt.Println(narrow(0, 1, 0xffff))
	fmt.Println(narrow(100, 1, 0xffff))
	fmt.Println(narrow(-128, 255, 0x0f0f))
	fmt.Println(mixed(2, 9))
	fmt.Println(mixed(3, 9))
	fmt.Println(mixed(1<<63+1, -1))
	fmt.Println(keepsBranch([]int{1, 2, 3}, 0))
	fmt.Println(keepsBranch([]int{1, 2, 3}, 2))
}
