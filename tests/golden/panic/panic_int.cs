// checks: panic with an int value
package main

func main() {
	panic(42)
}
