package main

import (
	"fmt"
	"os"
)

// Fscan on os.Stdin (a reader without ReadRune) decodes UTF-8 runes,
// invalid bytes as U+FFFD, and takes %q quoted strings.
func main() {
	var word, quoted string
	var r1, r2, r3 rune
	n, err := fmt.Fscanf(os.Stdin, "%s %q\n", &word, &quoted)
	fmt.Printf("%d %v %q %q\n", n, err, word, quoted)
	n, err = fmt.Fscanf(os.Stdin, "%c%c%c\n", &r1, &r2, &r3)
	fmt.Printf("%d %v %q %q %q\n", n, err, r1, r2, r3)
	var rest string
	n, err = fmt.Fscan(os.Stdin, &rest)
	fmt.Printf("%d %v %q\n", n, err, rest)
}
