package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	// concatenation in a loop, reset every 64 pieces
	total := 0
	s := ""
	for i := 0; i < n; i++ {
		s += "x" + strconv.Itoa(i%10)
		if i%64 == 63 {
			total += len(s)
			s = ""
		}
	}
	// Builder with mixed writes
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString("item")
		sb.WriteByte(':')
		sb.WriteString(strconv.Itoa(i))
		sb.WriteRune('é')
		sb.WriteByte(';')
	}
	big := sb.String()
	parts := strings.Split(big, ";")
	joined := strings.Join(parts[:len(parts)/2], ",")
	up := strings.ToUpper(joined[:1000])
	rep := strings.Repeat("ab", 1000)
	cnt := strings.Count(big, "item1")
	idx := strings.Index(big, "item99999:")
	fields := strings.Fields(strings.ReplaceAll(big[:200000], ";", " "))
	// Sprintf heavy
	acc := 0
	for i := 0; i < n/4; i++ {
		acc += len(fmt.Sprintf("%d-%s-%x", i, "k", i*7))
	}
	fmt.Println(total, len(big), len(parts), len(joined), up[:20], len(rep), cnt, idx, len(fields), acc)
}
