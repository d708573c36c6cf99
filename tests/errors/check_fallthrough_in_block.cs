package main

func main() {
	var x int
	switch x {
	case 0:
		{
			fallthrough
		}
	case 1:
		if x > 0 {
			fallthrough
		}
	case 2:
		x++
		fallthrough
	default:
	}
}
