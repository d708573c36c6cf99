// checks: method values bind their receiver when evaluated (tier 2)
package main

import "fmt"

type T struct{ name string }

func (t T) Hello() string  { return "hello " + t.name }
func (t *T) Rename(n string) { t.name = n }

func main() {
	t := T{"a"}
	f := t.Hello
	g := t.Rename
	t.name = "b"
	fmt.Println(f())
	g("c")
	fmt.Println(t.name, t.Hello())
	fs := []func() string{t.Hello, T{"d"}.Hello}
	for _, fn := range fs {
		fmt.Println(fn())
	}
}
