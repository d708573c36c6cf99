package main

type P struct{ x, y int }

func main() {
	p := P{x: 1, z: 2}
	println(p.x)
}
