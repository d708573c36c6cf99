package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(' ')
	}
	s := sb.String()
	fmt.Println(len(s))
	words := strings.Fields(s)
	fmt.Println(len(words), words[12345])
	counts := map[string]int{}
	for _, w := range words {
		counts[w[len(w)-1:]]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	x := ""
	for i := 0; i < 2000; i++ {
		x += string(rune('a' + i%26))
	}
	fmt.Println(len(x), strings.Count(x, "abc"), strings.Index(x, "zab"), strings.LastIndex(x, "xyz"))
	up := strings.ToUpper(x[:52])
	fmt.Println(up, strings.Repeat("-", 10))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace(x[:30]))
	joined := strings.Join(words[:10], ",")
	fmt.Println(joined, strings.Split(joined, ",")[9])
	fmt.Println(fmt.Sprintf("%08.3f|%-6s|%6s|%x|%q", 3.14159, "ab", "cd", "hi", "q\"t"))
}
