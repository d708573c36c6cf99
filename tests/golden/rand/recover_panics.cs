// checks: bad arguments panic with Go's messages (recovered here)
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn(0)", func() { rand.Intn(0) })
	try("Intn(-5)", func() { r.Intn(-5) })
	try("Int63n(0)", func() { rand.Int63n(0) })
	try("Int63n(min)", func() { r.Int63n(-1 << 63) })
	try("Int31n(-1)", func() { rand.Int31n(-1) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { rand.Perm(-1) })
	fmt.Println(rand.Int63(), r.Int63()) // panics consume nothing
}
