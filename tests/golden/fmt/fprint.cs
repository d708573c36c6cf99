// checks: Fprintln/Fprintf to os.Stdout and os.Stderr (stderr not in .out)
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 2)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "err %d\n", 3)
	n, err := fmt.Fprintf(os.Stdout, "%5s\n", "abc")
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "no newline", 4, "\n")
}
