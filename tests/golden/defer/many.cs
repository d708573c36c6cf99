// checks: more defers in one function than are open-coded (the rest of
// the mechanism takes over): all run LIFO, also when a panic runs them
package main

import "fmt"

var out []int

func many(p bool) {
	defer func() { out = append(out, 0) }()
	defer func() { out = append(out, 1) }()
	defer func() { out = append(out, 2) }()
	defer func() { out = append(out, 3) }()
	defer func() { out = append(out, 4) }()
	defer func() { out = append(out, 5) }()
	defer func() { out = append(out, 6) }()
	defer func() { out = append(out, 7) }()
	defer func() { out = append(out, 8) }()
	defer func() { out = append(out, 9) }()
	defer func() { out = append(out, 10) }()
	defer func() { out = append(out, 11) }()
	defer func() { out = append(out, 12) }()
	defer func() { out = append(out, 13) }()
	defer func() { out = append(out, 14) }()
	defer func() { out = append(out, 15) }()
	defer func() { out = append(out, 16) }()
	defer func() { out = append(out, 17) }()
	defer func() { out = append(out, 18) }()
	defer func() { out = append(out, 19) }()
	defer func() { out = append(out, 20) }()
	defer func() { out = append(out, 21) }()
	defer func() { out = append(out, 22) }()
	defer func() { out = append(out, 23) }()
	defer func() { out = append(out, 24) }()
	defer func() { out = append(out, 25) }()
	defer func() { out = append(out, 26) }()
	defer func() { out = append(out, 27) }()
	defer func() { out = append(out, 28) }()
	defer func() { out = append(out, 29) }()
	defer func() { out = append(out, 30) }()
	defer func() { out = append(out, 31) }()
	defer func() { out = append(out, 32) }()
	defer func() { out = append(out, 33) }()
	defer func() { out = append(out, 34) }()
	defer func() { out = append(out, 35) }()
	defer func() { out = append(out, 36) }()
	defer func() { out = append(out, 37) }()
	defer func() { out = append(out, 38) }()
	defer func() { out = append(out, 39) }()
	if p {
		panic("many")
	}
}

func main() {
	many(false)
	fmt.Println(out)
	out = nil
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		many(true)
	}()
	fmt.Println(out)
}
