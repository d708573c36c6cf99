// checks: goroutines preempted at the checks of loops that keep many ints
// and floats live (in registers the C ABI lets a call clobber: RT_CHECK's
// slow path must keep them all) compute what they compute unpreempted.
// Four such loops share one P, so sysmon preempts each many times.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// mix runs until the bound in limits changes: a loop with a check per
// iteration, and nine ints and four floats live across it.
func mix(seed int, limits []int, out []float64, slot int) {
	a, b, c, d := seed, seed*3+1, seed*5+2, seed*7+3
	e, f, g, h := seed^0x55, seed^0xaa, seed+11, seed+13
	x, y, z, w := float64(seed), 0.5, 1.25, 2.0
	for i := 0; i < limits[slot]; i++ {
		a += b ^ i
		b += c >> 3
		c ^= d + i
		d += e & 0xff
		e = e*31 + f
		f ^= g << 1
		g += h | 1
		h = h*5 + a
		x = x*0.999 + float64(a&1023)
		y = y*0.5 + float64(c&255)
		z += x * 1e-9
		w -= y * 1e-9
	}
	out[slot] = float64((a^b^c^d^e^f^g^h)&0xffff) + x + y + z + w
}

func main() {
	runtime.GOMAXPROCS(1)
	const n = 4
	limits := []int{30000000, 30000001, 29999999, 30000002}
	out := make([]float64, n)
	var wg sync.WaitGroup
	for k := 0; k < n; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mix(k+1, limits, out, k)
		}(k)
	}
	wg.Wait()
	for k, v := range out {
		fmt.Printf("%d %.6f\n", k, v)
	}
}
