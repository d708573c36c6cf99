// checks: methods returning pointers allow chained calls
package main

import "fmt"

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Len() int { return len(b.parts) }

func main() {
	b := &Builder{}
	n := b.Add("a").Add("b").Add("c").Len()
	fmt.Println(n, b.parts)
	var c Builder
	c.Add("x").Add("y")
	fmt.Println(c.parts)
}
