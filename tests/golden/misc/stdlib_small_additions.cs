package main

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

func main() {
	for _, n := range []int{-400, -324, -323, -310, -1, 0, 1, 5, 22, 23, 37, 100, 300, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	xs := []int{1, 3, 5, 7, 9}
	for _, t := range []int{0, 3, 4, 9, 10} {
		i, found := sort.Find(len(xs), func(i int) int { return t - xs[i] })
		fmt.Print(i, found, " ")
	}
	fmt.Println()
	s := strings.Clone("hello")
	fmt.Println(s, strings.Clone("") == "")
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.ToValidUTF8("ok", "?"), strings.ToValidUTF8("\xff", ""))
	fmt.Println(bytes.Equal([]byte("xy"), []byte("xy")))
	buf := strconv.AppendFloat([]byte("f="), 3.25, 'g', -1, 64)
	buf = strconv.AppendBool(append(buf, ' '), true)
	fmt.Println(string(buf))
	out := fmt.Appendf(nil, "%d-%s", 7, "x")
	out = fmt.Append(out, " ", 1, 2, "z")
	out = fmt.Appendln(out, "end", 3)
	fmt.Printf("%q\n", out)
}
