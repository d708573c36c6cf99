// A recovered Stringer panic re-panics with an error value: both printed, the first marked [recovered].

package main

import (
	"fmt"
	"os"
)

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S-", s.n) }

type Num int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		switch len(os.Args) {
		default:
			panic(E{42})
		}
	}()
	panic(S{1})
}
