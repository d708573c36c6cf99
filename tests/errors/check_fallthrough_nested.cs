package main

func main() {
	x := 0
	switch x {
	case 0:
		{
			fallthrough
		}
	case 1:
		if x == 1 {
			fallthrough
		}
	case 2:
		fallthrough
	default:
	}
}
