package main

func main() {
	switch len("x") {
	case 1
	}
}
