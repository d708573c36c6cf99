package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum := 0
	for i := -n; i < n; i += 3 {
		s := strconv.Itoa(i * 7919)
		v, err := strconv.Atoi(s)
		if err != nil || v != i*7919 {
			panic("mismatch")
		}
		sum += len(s)
	}
	var hx int64
	for i := 0; i < n; i++ {
		s := strconv.FormatInt(int64(i)*1000003, 16)
		v, _ := strconv.ParseInt(s, 16, 64)
		hx ^= v
	}
	fl := 0.0
	for i := 0; i < n/10; i++ {
		s := strconv.FormatFloat(float64(i)/7, 'g', -1, 64)
		f, _ := strconv.ParseFloat(s, 64)
		fl += f
	}
	bad := 0
	for i := 0; i < n/10; i++ {
		if _, err := strconv.Atoi("12x" + strconv.Itoa(i)); err != nil {
			bad++
		}
	}
	q := strconv.Quote("hello\n\"world\"\t\x01")
	fmt.Println(sum, hx, fmt.Sprintf("%.6f", fl), bad, q)
}
