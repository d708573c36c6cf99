// Slicing an array past its end: Go words the bound as the array's length
// (a slice's as its capacity).
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var a [3]int
	p := &a
	s := a[:]
	i, j := 1, 5
	try("a[:j]", func() { _ = a[:j] })
	try("a[i:j]", func() { _ = a[i:j] })
	try("p[:j]", func() { _ = p[:j] })
	try("a[::j]", func() { _ = a[0:1:j] })
	try("s[:j]", func() { _ = s[:j] })
	try("s[::j]", func() { _ = s[0:1:j] })
	try("a[j:]", func() { _ = a[j:] })
}
