// checks: fmt and strconv.FormatFloat on pseudo-random floats (any bit pattern)
// with random flag/width/precision/verb combinations
package main

import (
	"fmt"
	"math"
	"strconv"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	flags := []string{"", "+", "-", "#", " ", "0", "+0", "-#", "# ", "0#"}
	widths := []string{"", "1", "8", "15", "30"}
	precs := []string{"", ".0", ".1", ".3", ".8", ".17", ".25"}
	verbs := []string{"v", "b", "e", "E", "f", "F", "g", "G", "x", "X"}
	for i := 0; i < 1500; i++ {
		r := next()
		var v float64
		switch r % 6 {
		case 0:
			v = math.Float64frombits(next())
		case 1:
			v = float64(int64(next()%2000000)-1000000) / 1000
		case 2:
			v = float64(math.Float32frombits(uint32(next())))
		case 3:
			v = float64(next()%100000) * math.Pow(10, float64(int(next()%40)-20))
		case 4:
			v = float64(int64(next() % 1000))
		default:
			v = 1 / float64(next()%1000+1)
		}
		f := flags[next()%uint64(len(flags))] + widths[next()%uint64(len(widths))] + precs[next()%uint64(len(precs))] + verbs[next()%uint64(len(verbs))]
		fmt.Print(f, "|")
		fmt.Printf("%"+f+"|", v)
		fmt.Printf("%"+f+"|", float32(v))
		c := "beEfgGxX"[next()%8]
		p := int(next()%20) - 1
		fmt.Println(strconv.FormatFloat(v, c, p, 64), strconv.FormatFloat(v, c, p, 32))
	}
}
