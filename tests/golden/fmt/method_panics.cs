// checks: fmt catches panics in String/Error methods as Go does; nil
// receivers with nil-safe methods are called
package main

import (
	"errors"
	"fmt"
)

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l == nil {
		return "end"
	}
	return fmt.Sprint(l.v) + "->" + l.next.String()
}

type Bad struct{ n int }

func (b *Bad) String() string { return fmt.Sprint("bad", b.n) }

type Boom int

func (b Boom) String() string { panic("boom!") }

type EBoom struct{}

func (EBoom) Error() string { panic(errors.New("inner")) }

func main() {
	var l *List
	fmt.Println(l, &List{1, &List{2, nil}})
	var b *Bad
	fmt.Println(b)
	fmt.Printf("%v|%s|%d\n", Boom(1), Boom(2), Boom(3))
	fmt.Println(EBoom{}, []any{Boom(4)})
	fmt.Println("still running")
}
