// checks: counted loops that run in chunks (gen_loopcheck.c) keep their
// iterations exactly: bounds around the chunk size, both directions, small
// and unsigned types near their limits, steps other than one, bounds
// plus or minus a constant, break/continue/labels, panics,
// closures, and ranges over arrays and slices.
package main

import (
	"fmt"
	"math"
)

func count(lo, hi int) (n, sum int) {
	for i := lo; i < hi; i++ {
		n++
		sum += i
	}
	return
}

func countDown(hi, lo int64) (n int, sum int64) {
	for i := hi; i > lo; i-- {
		n++
		sum += i
	}
	return
}

func firstOver(s []int, limit int) int {
	for i := range s {
		if s[i] > limit {
			return i
		}
	}
	return -1
}

func breakAt(n, at int) (last, skipped int) {
	for i := 0; i < n; i++ {
		if i%7 == 3 {
			skipped++
			continue
		}
		last = i
		if i == at {
			break
		}
	}
	return
}

func labeled(n int) int {
	hits := 0
outer:
	for j := 0; j < 3; j++ {
		for i := 0; i < n; i++ {
			if i == 1500 {
				continue outer
			}
			if j == 2 && i == 2000 {
				break outer
			}
			hits++
		}
	}
	return hits
}

func indexPanic(s []int, n int) (reached int, msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	for i := 0; i < n; i++ {
		reached = i
		s[i] = i
	}
	return
}

func small() (a, b, c int) {
	for i := int8(-128); i < 127; i++ {
		a++
	}
	for i := uint8(0); i <= 254; i++ {
		b++
	}
	for i := uint16(65535); i >= 1; i-- {
		c++
	}
	return
}

func nearMax() (n int) {
	for i := int64(math.MaxInt64 - 3000); i < math.MaxInt64; i++ {
		n++
	}
	for i := int64(math.MinInt64 + 2500); i > math.MinInt64; i-- {
		n++
	}
	for i := uint64(math.MaxUint64 - 1100); i < math.MaxUint64; i++ {
		n++
	}
	return
}

func stepped(lo, hi, s int) (n, sum int) {
	for i := lo; i <= hi; i += s {
		n++
		sum += i
	}
	for i := hi; i > lo; i -= s {
		n++
		sum -= i
	}
	return
}

func steppedEdges(lim int64, ulim uint8, s uint8) (n int) {
	for i := int64(math.MaxInt64 - 5000); i <= lim; i++ {
		n++
	}
	for i := int64(math.MaxInt64 - 5000); i <= lim-6; i += 7 {
		n++
	}
	for i := uint8(0); i <= ulim; i += s {
		n++
	}
	for i := int16(-32768 + 4000); i >= -32768+2; i -= 3 {
		n++
	}
	return
}

func offsets(s []int, n int) (t, c int) {
	for i := 0; i < len(s)-1; i++ {
		t += s[i] * s[i+1]
	}
	for i := 2; i <= n-1; i++ {
		c++
	}
	for i := n + 3; i > 0; i-- {
		c++
	}
	return
}

func closures(n int) int {
	var fs []func() int
	for i := 0; i < n; i++ {
		if i%1000 == 0 {
			fs = append(fs, func() int { return i })
		}
	}
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func arrays() (int, int, int) {
	var small [1024]int
	var big [5000]int
	for i := range small {
		small[i] = i
	}
	for i := range big {
		big[i] = i
	}
	s, b, p := 0, 0, 0
	for _, v := range small {
		s += v
	}
	for i, v := range big {
		if i == 4321 {
			break
		}
		b += v
	}
	pb := &big
	for i := range pb {
		p += pb[i]
	}
	return s, b, p
}

func main() {
	for _, hi := range []int{-5, 0, 1, 1023, 1024, 1025, 2048, 2049, 100000} {
		n, s := count(0, hi)
		dn, ds := countDown(int64(hi), -3)
		fmt.Println(hi, n, s, dn, ds)
	}
	fmt.Println(count(-1500, 700))
	s := make([]int, 5000)
	for i := range s {
		s[i] = i * 3
	}
	fmt.Println(firstOver(s, 3071), firstOver(s, 3073), firstOver(s, 1<<40))
	fmt.Println(breakAt(5000, 4001))
	fmt.Println(breakAt(5000, 1<<30))
	fmt.Println(labeled(3000))
	fmt.Println(indexPanic(make([]int, 2500), 3000))
	fmt.Println(small())
	fmt.Println(nearMax())
	for _, s := range []int{1, 2, 3, 1000, 1023, 1024, 1025, 5000} {
		fmt.Println(stepped(-3, 4100, s))
	}
	fmt.Println(stepped(10, 5, 2))
	fmt.Println(steppedEdges(math.MaxInt64-1, 250, 5), steppedEdges(math.MaxInt64-7, 252, 5))
	for _, n := range []int{0, 1, 2, 1025, 1026, 3000} {
		fmt.Println(offsets(s[:n], n))
	}
	fmt.Println(closures(4500))
	fmt.Println(arrays())
}
