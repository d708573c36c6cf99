package main

import (
	"errors"
	"fmt"
	"time"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }

func main() {
	fmt.Println("start")
	go func() {
		panic(&ParseError{3, errors.New("unexpected token")})
	}()
	time.Sleep(10 * time.Second) // the panic ends the program long before
	fmt.Println("not reached")
}
