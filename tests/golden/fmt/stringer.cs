// checks: fmt calls String() and Error() methods (tier 2)
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	if c == Red {
		return "red"
	}
	return "green"
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	fmt.Println(Red, Green, []Color{Green, Red})
	fmt.Printf("%v %s %d %+v\n", Red, Green, Green, Red)
	t := Temp(21.5)
	fmt.Println(&t, t)
	fmt.Println(MyErr{7})
	fmt.Printf("%v|%s\n", MyErr{8}, MyErr{9})
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
}
