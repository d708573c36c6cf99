// checks: counting words, then printing in a deterministic (sorted) order
package main

import "fmt"

func main() {
	text := []string{"the", "cat", "and", "the", "hat", "and", "the", "end"}
	counts := map[string]int{}
	for _, w := range text {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
}
