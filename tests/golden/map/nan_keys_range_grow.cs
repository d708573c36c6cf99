// NaN keys are never found by a lookup, so a range loop that makes the map
// grow must still produce each NaN entry present when it began (from the
// array it started on), exactly once, as Go does.
package main

import (
	"fmt"
	"math"
)

type pt struct {
	x, y float64
}

func main() {
	m := map[float64]int{}
	for i := 0; i < 3; i++ {
		m[math.NaN()] = i
	}
	m[1] = 10
	nan, sum, n := 0, 0, 0
	for k, v := range m {
		n++
		if k != k {
			nan++
			sum += v
		}
		if n == 1 {
			for j := 0; j < 1000; j++ {
				m[float64(100+j)] = j
			}
		}
	}
	fmt.Println(len(m), nan, sum)

	s := map[pt]string{{1, 2}: "a", {math.NaN(), 0}: "b", {0, math.NaN()}: "c"}
	got := ""
	first := true
	for k, v := range s {
		if first {
			for j := 0; j < 500; j++ {
				s[pt{float64(j), 7}] = "x"
			}
			first = false
		}
		if k != k {
			got += v
		}
	}
	fmt.Println(len(s), len(got))
}
