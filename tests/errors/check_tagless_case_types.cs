package main

type S interface{ String() string }

func main() {
	var n int
	var s S
	switch {
	case n:
	case 1:
	case "s":
	case s:
	}
}
