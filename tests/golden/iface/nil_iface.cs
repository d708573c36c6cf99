// checks: an interface holding a nil pointer is not nil
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func realNil() error { return nil }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, realNil() == nil)
	var e error
	fmt.Println(e == nil)
	e = mayFail(true)
	fmt.Println(e == nil, e)
}
