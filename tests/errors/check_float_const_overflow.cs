package main

func main() {
	var f float32 = 3.40282356779733661637539395458142568448e38
	_ = f
	var g = float64(1.8e308)
	_ = g
}
