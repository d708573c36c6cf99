package main

// a parameter, result or receiver named twice: "redeclared in this block", as gc
type T struct{}

func f(a int, a string)     {}
func g(b int) (b string)    { return "" }
func (c T) h(c int)         {}
func (d T) k() (x, d int)   { return 0, 0 }

func main() {}
