package main

// an op-assignment with mismatched operands is spelled as written, x += 1
func main() {
	x := "a"
	x += 1
	var f float64
	f -= "s"
	var b bool
	b += true
	y := 1
	y <<= 1.5
	y %= 2.5
}
