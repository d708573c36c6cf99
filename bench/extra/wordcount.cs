package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var syll = []string{"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "o"}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sb strings.Builder
	var seed uint32 = 1
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		k := 1 + int(seed>>29)%3
		for j := 0; j < k; j++ {
			seed = seed*1664525 + 1013904223
			sb.WriteString(syll[(seed>>24)%uint32(len(syll))])
		}
		if i%13 == 12 {
			sb.WriteString(".\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	text := sb.String()
	counts := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = strings.TrimSuffix(w, ".")
			counts[strings.ToUpper(w[:1])+w[1:]]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:10] {
		fmt.Println(k, counts[k])
	}
	fmt.Println("distinct", len(counts))
}
