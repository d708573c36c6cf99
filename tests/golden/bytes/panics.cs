// bytes: the panics of negative counts and bad lengths, recovered, with
// Go's texts.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	try("Repeat -1", func() { bytes.Repeat([]byte("x"), -1) })
	try("Repeat empty -1", func() { bytes.Repeat(nil, -1) })
	try("Repeat overflow", func() { bytes.Repeat([]byte("xy"), 1<<62) })
	try("Grow -1", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	try("Truncate -1", func() {
		b := bytes.NewBufferString("abc")
		b.Truncate(-1)
	})
	try("Truncate past", func() {
		b := bytes.NewBufferString("abc")
		b.Next(1)
		b.Truncate(3)
	})
	try("Truncate ok", func() {
		b := bytes.NewBufferString("abc")
		b.Truncate(3)
		fmt.Println(b.String())
	})
	try("strings.Reader.WriteTo ok", func() {
		var sb strings.Builder
		strings.NewReader("fine").WriteTo(&sb)
		fmt.Println(sb.String())
	})
}
