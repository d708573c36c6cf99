package main

func main() {
	s := []int{}
	defer len(s)
	var i interface{}
	println(i == []int{})
	_ = *nil
	x := 1
	_ = x << -1
}
