package main

func main() {
	m := map[[]int]string{}
	_ = m
}
