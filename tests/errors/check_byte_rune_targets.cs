package main

// byte and rune keep their names as the target of an assignment, return,
// send and composite literal element
func f() []byte {
	return "x"
}

func g() (r rune, err error) {
	return "x", nil
}

func main() {
	var b byte
	b = "x"
	bs := []byte("q")
	bs[0] = "y"
	m := map[rune]byte{}
	m['a'] = "z"
	ch := make(chan rune)
	ch <- "s"
	_ = []byte{"a"}
	_ = map[string]rune{"k": "v"}
	_, _ = f, g
}
