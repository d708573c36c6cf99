// checks: Rand.Shuffle with n < 0 panics with Go's text and status 2
package main

import "math/rand"

func main() {
	rand.New(rand.NewSource(1)).Shuffle(-3, func(i, j int) {})
}
