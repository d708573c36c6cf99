// A Formatter sees Go's printer state: Width and Precision keep the previous
// verb's values (ok false) when a simple verb sets none, and flags are its own.
// (Across calls Go leaks them too, through its printer pool: not tested.)
package main

import "fmt"

type Fm struct{}

func (Fm) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v +%v -%v #%v 0%v sp%v]", c, w, wok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '))
}

func main() {
	fmt.Printf("%v|%+8.3x|%-#s\n", Fm{}, Fm{}, Fm{})
	fmt.Printf("%7d|%v|%[1]v|%.2v|%5v|%d\n", 1, Fm{}, Fm{}, Fm{}, Fm{})
	fmt.Printf("%*.*v|% 0v\n", 4, 2, Fm{}, Fm{})
	fmt.Printf("%6.1f %X\n", 2.0, Fm{})
	fmt.Printf("%3.1d %v", 1, Fm{}, Fm{})
	fmt.Println()
	fmt.Printf("%5d|%d|%.1f|%v\n", 1, 2, 3.0, 4)
}
