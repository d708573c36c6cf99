package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 3000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	out := make([]byte, rowBytes*n)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		for xb := 0; xb < rowBytes; xb++ {
			var bits byte
			for bit := 0; bit < 8; bit++ {
				x := xb*8 + bit
				cr := 2*float64(x)/float64(n) - 1.5
				zr, zi := 0.0, 0.0
				inside := true
				for i := 0; i < 50; i++ {
					zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
					if zr*zr+zi*zi > 4 {
						inside = false
						break
					}
				}
				bits <<= 1
				if inside && x < n {
					bits |= 1
				}
			}
			out[y*rowBytes+xb] = bits
		}
	}
	var h uint32 = 2166136261
	ones := 0
	for _, b := range out {
		h = (h ^ uint32(b)) * 16777619
		for ; b != 0; b &= b - 1 {
			ones++
		}
	}
	fmt.Printf("P4 %d %d hash=%08x ones=%d\n", n, n, h, ones)
}
