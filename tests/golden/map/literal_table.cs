// Map literals of 25 or more constant keys are filled in a loop over
// arrays (compiler/codegen/gen_maplit.c): constant values, variable values
// (read in source order), struct keys, func values, and unicode's tables.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

type key struct {
	A int8
	B [2]uint16
}

var g = 7

func main() {
	letters := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11,
		"l": 12, "m": 13, "n": 14, "o": 15, "p": 16, "q": 17, "r": 18, "s": 19, "t": 20, "u": 21, "v": 22, "w": 23,
		"x": 24, "y": 25, "z": 26}
	x := 3
	f := func() int { return x }
	p := &x
	funcs := map[int]func() int{0: f, 1: f, 2: nil, 3: f, 4: f, 5: f, 6: f, 7: f, 8: f, 9: f, 10: f, 11: f, 12: f,
		13: f, 14: f, 15: f, 16: f, 17: f, 18: f, 19: f, 20: f, 21: f, 22: f, 23: f, 24: f, 25: f}
	structs := map[key]string{{1, [2]uint16{1, 2}}: "x", {A: 2}: "y", {3, [2]uint16{}}: "z", {4, [2]uint16{4}}: "w",
		{5, [2]uint16{5}}: "v", {6, [2]uint16{}}: "6", {7, [2]uint16{}}: "7", {8, [2]uint16{}}: "8", {9, [2]uint16{}}: "9",
		{10, [2]uint16{}}: "10", {11, [2]uint16{}}: "11", {12, [2]uint16{}}: "12", {13, [2]uint16{}}: "13",
		{14, [2]uint16{}}: "14", {15, [2]uint16{}}: "15", {16, [2]uint16{}}: "16", {17, [2]uint16{}}: "17",
		{18, [2]uint16{}}: "18", {19, [2]uint16{}}: "19", {20, [2]uint16{}}: "20", {21, [2]uint16{}}: "21",
		{22, [2]uint16{}}: "22", {23, [2]uint16{}}: "23", {24, [2]uint16{}}: "24", {25, [2]uint16{}}: "25"}
	ptrs := map[uint8]*int{1: p, 2: p, 3: p, 4: p, 5: p, 6: p, 7: p, 8: p, 9: p, 10: p, 11: p, 12: p, 13: p, 14: p,
		15: p, 16: p, 17: p, 18: p, 19: p, 20: p, 21: p, 22: p, 23: p, 24: p, 25: &g}
	x = 4
	fmt.Println(len(letters), letters["q"], letters["z"], letters)
	fmt.Println(len(funcs), funcs[2] == nil, funcs[25]())
	fmt.Println(len(structs), structs[key{A: 2}], structs[key{1, [2]uint16{1, 2}}], structs[key{4, [2]uint16{4}}])
	fmt.Println(len(ptrs), *ptrs[25], *ptrs[1])
	var names []string
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(len(names), names[:4], len(unicode.Categories), len(unicode.Properties))
	fmt.Println(unicode.Is(unicode.Scripts["Greek"], 'λ'), unicode.Is(unicode.Categories["Nd"], '7'))
}
