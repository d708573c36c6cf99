// Method expressions on struct type literals: struct{ T }.M takes the
// struct value first, (*struct{ T }).P a pointer; both reach the methods
// promoted from the embedded field, through an embedded pointer too.
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Inc() int  { t.x++; return t.x }

type Namer interface{ Name() string }

type named string

func (n named) Name() string { return "name:" + string(n) }

func main() {
	get := struct{ T }.Get
	fmt.Println(get(struct{ T }{T{3}}))
	fmt.Println(struct{ T }.Get(struct{ T }{T{4}}))
	inc := (*struct{ T }).Inc
	s := struct{ T }{T{10}}
	fmt.Println(inc(&s), inc(&s), s.x)
	viaPtr := struct{ *T }.Inc
	t := &T{20}
	fmt.Println(viaPtr(struct{ *T }{t}), t.x)
	name := struct {
		Namer
		n int
	}.Name
	fmt.Println(name(struct {
		Namer
		n int
	}{named("x"), 1}))
	fmt.Printf("%T\n", get)
}
