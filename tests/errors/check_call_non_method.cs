package main

type P struct{ x int }

func main() {
	p := P{1}
	p.Move()
}
