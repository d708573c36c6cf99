// dup2 counts duplicate lines from stdin or named files.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func countLines(f *os.File, counts map[string]int) {
	input := bufio.NewScanner(f)
	for input.Scan() {
		counts[input.Text()]++
	}
}

func main() {
	counts := make(map[string]int)
	files := os.Args[1:]
	if len(files) == 0 {
		countLines(os.Stdin, counts)
	} else {
		for _, arg := range files {
			f, err := os.Open(arg)
			if err != nil {
				fmt.Fprintf(os.Stderr, "dup2: %v\n", err)
				fmt.Printf("error opening %s\n", arg)
				continue
			}
			countLines(f, counts)
			f.Close()
		}
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, line := range keys {
		if counts[line] > 1 {
			fmt.Printf("%d\t%s\n", counts[line], line)
		}
	}
}
