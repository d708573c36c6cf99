package main

// String-heavy work: lines built with strings.Builder, split with
// strings.Fields, words turned into []byte, edited with appends,
// converted back to strings, joined, compared and counted.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

var syll = []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zu", "pe"}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint32(12345)
	rnd := func(m int) int {
		x = x*1103515245 + 12345
		return int(x>>16) % m
	}
	total, longest, upper, h := 0, "", 0, uint32(2166136261)
	var out []byte
	for i := 0; i < n; i++ {
		var sb strings.Builder
		words := 4 + rnd(8)
		for w := 0; w < words; w++ {
			if w > 0 {
				sb.WriteString("  ")
			}
			for s := 1 + rnd(3); s > 0; s-- {
				sb.WriteString(syll[rnd(len(syll))])
			}
			if rnd(4) == 0 {
				sb.WriteByte(' ')
				sb.WriteString(strconv.Itoa(i % 97))
			}
		}
		line := sb.String()
		fields := strings.Fields(line)
		total += len(fields)
		out = out[:0]
		for j, f := range fields {
			b := []byte(f)
			for k := range b {
				if b[k] >= 'a' && b[k] <= 'z' && (k+j)%2 == 0 {
					b[k] -= 'a' - 'A'
					upper++
				}
			}
			if j > 0 {
				out = append(out, '-')
			}
			out = append(out, b...)
			if s := string(b); len(s) > len(longest) || (len(s) == len(longest) && s < longest) {
				longest = s
			}
		}
		joined := string(out)
		if strings.ToLower(joined) != strings.Join(fields, "-") {
			fmt.Println("mismatch at", i)
		}
		for k := 0; k < len(joined); k++ {
			h = (h ^ uint32(joined[k])) * 16777619
		}
	}
	fmt.Println(total, upper, longest, h)
}
