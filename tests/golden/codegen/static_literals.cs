// Slice literals of 32 or more constants are copied from static read-only
// arrays (compiler/codegen/gen_slicelit.c): nested arrays and structs,
// sparse keyed elements, strings, and each evaluation a fresh array.
package main

import "fmt"

type pt struct {
	X, Y int16
	A    [2]float64
	B    bool
	_    int8
	F    float32
}

type box struct {
	P pt
	N [2][3]uint8
}

var pts = []pt{{1, 2, [2]float64{1.5, -2}, true, 0, 3.25}, {X: 3, A: [2]float64{1: 7}}, 40: {Y: -9}}

var boxes = []box{{N: [2][3]uint8{{1, 2, 3}, {4, 5, 6}}}, {P: pt{Y: -1, F: 2}}, 35: {N: [2][3]uint8{1: {2: 9}}}}

var words = []string{"a", "bb", "ccc", "dddd", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
	"q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "é", "ß", "", "\x00", "tab\t", "end"}

func table() [][2]int {
	return [][2]int{{1, 2}, {3, 4}, 5: {5}, 31: {31, 32}}
}

func main() {
	fmt.Println(len(pts), cap(pts), pts[0], pts[1], pts[40], pts[2])
	fmt.Println(len(boxes), boxes[0], boxes[1], boxes[35])
	fmt.Println(len(words), words[0], words[26], words[29] == "\x00", words[31])
	a, b := table(), table()
	a[0][0] = 100
	a = append(a, [2]int{7, 7})
	fmt.Println(a[0], b[0], len(a), len(b), b[31], b[5], b[6])
	pts[0].X = 99
	fmt.Println(pts[0].X, pts[1].X)
	sum := 0
	for _, w := range words {
		sum += len(w)
	}
	fmt.Println(sum)
}
