package main

// The panic value's Error method panics while the runtime turns the value
// into text: Go gives up with a fatal error naming the new panic's string.

import "fmt"

type configError struct{ field string }

func (e configError) Error() string {
	if e.field == "" {
		panic("configError without a field")
	}
	return "bad field " + e.field
}

func main() {
	fmt.Println("loading")
	panic(configError{})
}
