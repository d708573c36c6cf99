// checks: fmt.Stringer through interfaces, nested in slices and structs
package main

import "fmt"

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprint(c.Rank, c.Suit) }

type Hand struct {
	Cards []Card
}

func main() {
	h := Hand{[]Card{{10, "h"}, {3, "s"}}}
	fmt.Println(h.Cards)
	fmt.Println(h)
	var s fmt.Stringer = Card{1, "d"}
	fmt.Println(s, s.String())
	fmt.Printf("%v %s %+v\n", s, s, h)
}
