// checks: strings.Builder WriteString, WriteByte, WriteRune, Len, String
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
	}
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d+%d", 1, 2)
	fmt.Println(sb.String())
	fmt.Println(sb.Len(), (&strings.Builder{}).String() == "")
}
