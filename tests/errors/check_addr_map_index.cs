package main

func main() {
	m := map[string]int{}
	p := &m["a"]
	_ = p
}
