// Interface literals with unexported methods, satisfied by types whose
// methods have unnamed receivers.
package main

import "fmt"

type S string
type I int

func (S) m() string { return "S" }
func (I) m() string { return "I" }

func (I) a() int { return 0 }
func (I) b() int { return 1 }

func main() {
	c := make(chan interface{ m() string }, 2)
	c <- I(0)
	c <- S("hi")
	fmt.Println((<-c).m(), (<-c).m())

	var i interface {
		b() int
		a() int
	} = I(5)
	fmt.Println(i.a(), i.b())

	var e interface{} = S("x")
	_, ok := e.(interface{ m() string })
	fmt.Println(ok)
}
