// checks: an outer method or field hides the embedded one (tier 2)
package main

import "fmt"

type Base struct{ ID int }

func (Base) Kind() string   { return "base" }
func (b Base) Show() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	Base
	ID int
}

func (Derived) Kind() string { return "derived" }

func main() {
	d := Derived{Base{1}, 2}
	fmt.Println(d.ID, d.Base.ID, d.Kind(), d.Base.Kind(), d.Show())
}
