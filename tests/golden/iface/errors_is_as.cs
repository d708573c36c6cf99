// checks: errors.Is and errors.As through %w wrapping
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "bad path " + e.Path }

func find(k string) error {
	if k == "p" {
		return fmt.Errorf("find: %w", &PathErr{"/x"})
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("k")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	var pe *PathErr
	err = find("p")
	fmt.Println(errors.As(err, &pe), pe.Path)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.New("a") == errors.New("a"))
}
