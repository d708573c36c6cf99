package foo // expect error at "foo": package foo is not a main package: csc builds programs (package main)

func main() {
}
