// checks: typed constants of a named type, with iota and methods
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) Name() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return "other"
}

func main() {
	fmt.Printf("%T %v %d\n", Monday, Monday, Tuesday)
	fmt.Println(Sunday.Name(), Monday.Name(), Tuesday.Name())
	var d Weekday = 1
	fmt.Println(d == Monday)
}
