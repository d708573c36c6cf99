package main

type T struct{ n int }

func (t *T) Set(v int) { t.n = v }

func main() {
	T{}.Set(1)
}
