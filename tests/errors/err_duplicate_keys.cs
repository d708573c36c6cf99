// duplicate indices, map keys and switch cases (found through a hash set)
package main

func main() {
	_ = []int{1: 1, 2: 2, 1: 3, 0: 0, 1}
	_ = map[string]int{"a": 1, "b": 2, "a": 3}
	_ = map[float64]int{1: 1, 1.0: 2, -0.0: 3, 0: 4}
	x := 3
	switch x {
	case 1, 2, 3:
	case 4, 1:
	}
	switch "s" {
	case "a", "s", "a":
	}
}
