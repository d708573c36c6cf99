// checks: bufio.Scanner over os.Stdin (lines, with a last line lacking its
// newline and a CRLF line), then words of the same text
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	fmt.Println(len(lines), sc.Err())
	for i, l := range lines {
		fmt.Printf("%d %q\n", i, l)
	}
	ws := bufio.NewScanner(strings.NewReader(strings.Join(lines, "\n")))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println()
	fmt.Println(n, "words")
}
