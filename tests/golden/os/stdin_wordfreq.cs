package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"'()"))
			if w == "" {
				continue
			}
			counts[w]++
			words++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Printf("%d lines, %d words, %d distinct\n", lines, words, len(list))
	for i, e := range list {
		if i == 8 {
			break
		}
		fmt.Printf("%-8s %3d\n", e.k, e.v)
	}
}
