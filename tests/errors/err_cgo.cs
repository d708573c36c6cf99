package main

import "C" // expect error at "\"C\"": cgo is not supported

func main() {
}
