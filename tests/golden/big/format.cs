package main

// fmt printing of *big.Int and big.Int against Go 1.19: every verb
// Int.Format knows (b o O d s v x X), flags + - space # 0, widths and
// precisions, nil pointers, unknown verbs, and big.Int values inside
// structs and slices.

import (
	"fmt"
	"math/big"
)

func main() {
	xs := []*big.Int{big.NewInt(0), big.NewInt(255), big.NewInt(-255), new(big.Int).Lsh(big.NewInt(-3), 70)}
	formats := []string{"%v", "%d", "%s", "%x", "%X", "%o", "%O", "%b", "%+d", "% d", "%#x", "%#X", "%#o", "%#b",
		"%8d", "%-8d|", "%08d", "%+08d", "%.5d", "%8.5d", "%-8.5x|", "%08.3d", "%.0d", "%5.0d|", "%#08x", "%q", "%c", "%e",
		"%#v", "%+v", "%30b", "%-+#12X|", "% 010d"}
	for _, f := range formats {
		fmt.Printf("%-9s", f)
		for _, x := range xs {
			fmt.Printf(" ["+f+"]", x)
		}
		fmt.Println()
	}
	var nilInt *big.Int
	fmt.Printf("%v %d %x %s %5v|\n", nilInt, nilInt, nilInt, nilInt, nilInt)
	fmt.Println(nilInt, xs)
	v := *big.NewInt(-42)
	var zero big.Int
	fmt.Println(v, zero)
	fmt.Printf("%v %d %x %+v\n", v, v, v, zero)
	type pair struct {
		A *big.Int
		B big.Int
	}
	p := pair{big.NewInt(7), *big.NewInt(8)}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(fmt.Sprint(big.NewInt(1), big.NewInt(2)), fmt.Sprintf("%6.2x|%-6d|", big.NewInt(10), big.NewInt(-3)))
	fmt.Printf("%*d|%-*x|\n", 6, big.NewInt(12), 5, big.NewInt(255))
}
