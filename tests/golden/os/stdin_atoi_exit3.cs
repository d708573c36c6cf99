package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	total := 0
	lines := 0
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		lines++
		if line == "" {
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad:", err)
			fmt.Println("skip", strconv.Quote(line))
			continue
		}
		total += n
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", lines, "total:", total)
	if total > 100 {
		os.Exit(3)
	}
}
