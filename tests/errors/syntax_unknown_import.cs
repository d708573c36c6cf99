package main

import "foo" // expect error at "\"foo\"": package foo is not in std

func main() {
}
