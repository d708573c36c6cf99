package main

import "io"

func main() {
	var r io.Reader
	_ = r.(string)
}
