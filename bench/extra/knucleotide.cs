package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type kv struct {
	k string
	v int
}

func gen(n int) string {
	var sb strings.Builder
	var seed uint32 = 7
	acgt := "ACGT"
	for i := 0; i < n; i++ {
		seed = seed*1103515245 + 12345
		sb.WriteByte(acgt[(seed>>16)&3])
	}
	return sb.String()
}

func freqs(s string, k int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+k <= len(s); i++ {
		m[s[i:i+k]]++
	}
	return m
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := gen(n)
	for k := 1; k <= 2; k++ {
		m := freqs(s, k)
		list := make([]kv, 0, len(m))
		for key, v := range m {
			list = append(list, kv{key, v})
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].v != list[j].v {
				return list[i].v > list[j].v
			}
			return list[i].k < list[j].k
		})
		for _, e := range list {
			fmt.Printf("%s %.3f\n", e.k, 100*float64(e.v)/float64(n-k+1))
		}
		fmt.Println()
	}
	for _, pat := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		m := freqs(s, len(pat))
		fmt.Printf("%d\t%s\n", m[pat], pat)
	}
	m := freqs(s, 8)
	fmt.Println("distinct8", len(m))
}
