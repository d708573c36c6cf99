// strings.Builder: writing to a copy of a Builder that was written to
// panics as in Go (a zero Builder may be copied, and Reset makes a copy
// usable); a local Builder stays on the stack all the same.

package main

import (
	"fmt"
	"strings"
)

func join(parts []string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func main() {
	fmt.Println(join([]string{"a", "b", "c"}))
	var zero strings.Builder
	z2 := zero
	z2.WriteString("zero copies are fine")
	fmt.Println(z2.String(), zero.Len())
	var b strings.Builder
	b.WriteString("x")
	c := b
	fmt.Println(c.String(), c.Len())
	c.Reset()
	c.WriteString("reset copy is fine")
	fmt.Println(c.String())
	d := b
	defer func() {
		fmt.Println("recovered:", recover())
		e := b
		e.WriteRune('y')
	}()
	d.WriteString("y")
}
