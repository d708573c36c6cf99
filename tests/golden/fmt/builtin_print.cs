// checks: builtin print/println write to stderr, so stdout stays empty
package main

func main() {
	println("to stderr", 1, true)
	print("also stderr\n")
}
