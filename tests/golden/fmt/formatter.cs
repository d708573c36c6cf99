package main

// fmt.Formatter implemented by user types, against Go 1.19: Format sees
// the verb, flags, width and precision through fmt.State and writes with
// Write or Fprintf; Formatter wins over Stringer and error, applies to
// values inside structs, slices and maps, and a panic in Format is
// caught and reported as Go does.

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func (p point) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	pr, pok := f.Precision()
	flags := ""
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	// Go leaves Width and Precision's value unspecified when not set
	if !wok {
		w = -1
	}
	if !pok {
		pr = -1
	}
	fmt.Fprintf(f, "<%c flags=%q w=%d p=%d %d/%d>", verb, flags, w, pr, p.x, p.y)
}

type hex int

func (h *hex) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		f.Write([]byte("hex:"))
		fmt.Fprintf(f, "%x", int(*h))
	default:
		fmt.Fprintf(f, "%%!%c(hex)", verb)
	}
}

func (h *hex) String() string { return "never" }

type loud struct{}

func (loud) Format(f fmt.State, verb rune) { panic("loud!") }

type nilFormat struct{ n int }

func (p *nilFormat) Format(f fmt.State, verb rune) {
	if p == nil {
		f.Write([]byte("nil nilFormat"))
		return
	}
	fmt.Fprintf(f, "n=%d", p.n)
}

type errF struct{}

func (errF) Error() string                 { return "error text" }
func (errF) Format(f fmt.State, verb rune) { f.Write([]byte("formatted error")) }

func main() {
	p := point{1, 2}
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%q", "%x", "%8v", "%-8.3v", "%+#08.2d", "% x", "%.v", "%T"} {
		fmt.Printf(f+"\n", p)
	}
	fmt.Println(p, &p)
	fmt.Print(p, "\n")
	fmt.Printf("%*.*v\n", 4, 2, p)
	h := hex(255)
	fmt.Printf("%v %s %d %x\n", &h, &h, &h, h)
	fmt.Println(&h, []*hex{&h}, h)
	fmt.Printf("%v %+v\n", struct {
		P point
		H *hex
	}{p, &h}, []point{{3, 4}})
	fmt.Println(map[string]point{"a": {5, 6}})
	fmt.Printf("%v|%d\n", loud{}, loud{})
	fmt.Println(loud{})
	var np *nilFormat
	fmt.Printf("%v %v\n", np, &nilFormat{9})
	fmt.Println(errF{}, fmt.Errorf("wrap: %w", errF{}))
	var e error = errF{}
	fmt.Printf("%v %s %q\n", e, e, errors.Unwrap(fmt.Errorf("x %w", e)))
	s := fmt.Sprintf("%6v|%-3v|", p, &h)
	fmt.Println(s, len(s))
}
