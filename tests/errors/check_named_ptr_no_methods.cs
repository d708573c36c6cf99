package main

type S struct {
	a int
}

type PS *S

func (p *S) get() int {
	return p.a
}

func fn(p PS) int {
	_ = p.a
	return p.get()
}

func main() {
	s := S{1}
	_ = fn(&s)
}
