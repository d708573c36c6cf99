package main

// byte and rune keep their names inside composite types in messages ([]byte, map[rune]...)
func main() {
	var b []byte = "abc"
	var m map[rune][]byte = 1
	var p *[2]rune = nil
	var q *[2]rune = 5
	x := []byte(5)
	y := map[rune]bool(3)
	var ch <-chan []rune = 6
	_, _, _, _, _, _, _ = b, m, p, q, x, y, ch
}
