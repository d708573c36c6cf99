// checks: user types implementing error, returned and inspected
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(s string) (int, error) {
	if s == "" {
		return 0, ParseError{3, "empty"}
	}
	return len(s), nil
}

func main() {
	if _, err := parse(""); err != nil {
		fmt.Println("error:", err)
		if pe, ok := err.(ParseError); ok {
			fmt.Println("line", pe.Line)
		}
	}
	n, err := parse("abc")
	fmt.Println(n, err)
}
