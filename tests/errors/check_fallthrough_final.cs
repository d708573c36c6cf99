package main

func main() {
	switch x := 1; x {
	case 1:
		println(1)
	case 2:
		fallthrough
	}
}
