package main

type T struct{ x int }

func (*T) M() {}

type S struct{ T }

type P *T
type Q *S

func main() {
	p := P(&T{})
	p.x = 1
	p.M()
	q := Q(&S{})
	q.x = 2
	q.M()
}
