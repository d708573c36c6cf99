package main

import "errors"

func g() error { return errors.New("x") }

func f() (err error) {
	{
		err := g()
		if err != nil {
			return
		}
	}
	return nil
}

func main() { f() }
