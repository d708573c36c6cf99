package main

// gc refuses channels whose element takes 64 KiB or more; one byte less is
// fine, and so is a small struct holding a channel of itself.
type big [1 << 16]byte
type fits [1<<16 - 1]byte

type node struct {
	next chan node
	data [100]byte
}

func main() {
	var a chan fits
	b := make(chan big, 1)
	var n node
	_, _, _ = a, b, n
}
