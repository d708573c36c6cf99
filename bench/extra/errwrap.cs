package main

// Error values in bulk: sentinel errors, a custom error type, wrapping
// with fmt.Errorf("%w"), errors.Is / errors.As / errors.Unwrap through
// chains of varying depth, and Error() strings.

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var (
	ErrNotFound = errors.New("not found")
	ErrDenied   = errors.New("permission denied")
)

type OpError struct {
	Op   string
	Code int
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + strconv.Itoa(e.Code) + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func lookup(i int) error {
	switch i % 5 {
	case 0:
		return nil
	case 1:
		return ErrNotFound
	case 2:
		return &OpError{"read", i % 100, ErrDenied}
	case 3:
		return fmt.Errorf("lookup %d: %w", i, ErrNotFound)
	}
	return errors.New("other")
}

func layer(i, depth int) error {
	err := lookup(i)
	if err == nil {
		return nil
	}
	for d := 0; d < depth; d++ {
		if d%2 == 0 {
			err = fmt.Errorf("layer %d: %w", d, err)
		} else {
			err = &OpError{"call", d, err}
		}
	}
	return err
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	notFound, denied, ops, codes, chars, depths := 0, 0, 0, 0, 0, 0
	for i := 0; i < n; i++ {
		err := layer(i, i%4)
		if err == nil {
			continue
		}
		if errors.Is(err, ErrNotFound) {
			notFound++
		}
		if errors.Is(err, ErrDenied) {
			denied++
		}
		var op *OpError
		if errors.As(err, &op) {
			ops++
			codes += op.Code
		}
		if i%10 == 0 {
			chars += len(err.Error())
		}
		for e := err; e != nil; e = errors.Unwrap(e) {
			depths++
		}
	}
	fmt.Println(notFound, denied, ops, codes, chars, depths)
	fmt.Println(layer(7, 3))
}
