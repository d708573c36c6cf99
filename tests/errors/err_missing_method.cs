package main

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var s Shape = Sq{}
	_ = s
}
