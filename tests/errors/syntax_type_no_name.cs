package main

// a declaration keyword followed by no name
type 1 int

func main() {}
