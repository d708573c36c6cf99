// checks: a deferred closure can read and change named results
package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New("division failed")
			q = -1
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}
