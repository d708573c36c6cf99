package main

func main() {
	doSomething(1)
}
