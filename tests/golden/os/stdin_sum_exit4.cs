package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	sum := 0
	bad := 0
	n := 0
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			n++
			s := strings.TrimSpace(line)
			if v, e := strconv.Atoi(s); e == nil {
				sum += v
			} else {
				bad++
				fmt.Println("bad:", e)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
	}
	fmt.Println("lines", n, "sum", sum, "bad", bad)
	if bad > 0 {
		os.Exit(4)
	}
}
