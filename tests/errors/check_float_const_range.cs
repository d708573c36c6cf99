package main

// Go keeps this exactly (1e646456992 / 1e646456991 == 10); csc says it cannot.
const n = 1e646456992

func main() {
	println(n / 1e646456991)
}
