package main

// Shortest float formatting at powers of two, whose rounding interval is
// lopsided (the next value below is half as far as the next above): the
// shortest decimal can lie above the value while the closest decimal of
// that length lies below, out of reach. Also Itoa/Atoi fast paths.

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	h := uint64(0)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*1099511628211 + uint64(s[i])
		}
	}
	for e := -1074; e <= 1023; e++ {
		f := math.Ldexp(1, e)
		add(strconv.FormatFloat(f, 'g', -1, 64))
		add(strconv.FormatFloat(f, 'e', -1, 64))
		add(fmt.Sprint(-f))
		add(strconv.FormatFloat(math.Nextafter(f, 0), 'g', -1, 64))
		add(strconv.FormatFloat(float64(float32(f)), 'g', -1, 32))
	}
	fmt.Println(h)
	for _, e := range []int{-1020, -1016, -1006, -983, -894, -809, -100, -3, 0, 1, 10, 100, 1000} {
		f := math.Ldexp(1, e)
		fmt.Println(e, f, strconv.FormatFloat(f, 'e', -1, 64), float32(f))
	}
	var x uint64 = 0x9E3779B97F4A7C15
	for i := 0; i < 3000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if f == f && !math.IsInf(f, 0) {
			add(strconv.FormatFloat(f, 'g', -1, 64))
			add(strconv.FormatFloat(float64(i)/7, 'g', -1, 64))
			add(strconv.FormatFloat(float64(float32(f)), 'g', -1, 32))
		}
	}
	fmt.Println(h)
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.Itoa(0), strconv.Itoa(7), strconv.Itoa(42),
		strconv.Itoa(99), strconv.Itoa(100), strconv.Itoa(-5), strconv.FormatInt(-255, 16),
		strconv.FormatInt(1<<62, 36), strconv.FormatUint(1<<64-1, 10), strconv.FormatInt(-99, 10))
	for _, s := range []string{"", "+", "-", "0", "-0", "+12", "123456789012345678",
		"1234567890123456789", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "12a", " 1", "1_000", "0x10", "-+1"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
	}
}
