package main

// Sscanf reads as Fscanf does (Go's rules for widths, newlines, %q, %x,
// bad verbs), not with a simpler engine of its own.

import "fmt"

type myStr string
type myInt int16

func main() {
	var a, b int
	var s, t string
	var f float64
	var ms myStr
	var mi myInt
	var u uint8
	var bs []byte
	var r rune
	cases := []struct {
		in, format string
		args       []any
	}{
		{"1 2", "%d %d", []any{&a, &b}},
		{"1  2", "%d %d", []any{&a, &b}},
		{"1\n2", "%d %d", []any{&a, &b}},
		{"1\n2", "%d\n%d", []any{&a, &b}},
		{"12345", "%3d%d", []any{&a, &b}},
		{"abcdef", "%2s%s", []any{&s, &t}},
		{"x:y", "%s:%s", []any{&s, &t}},
		{"3.5e2 z", "%f %s", []any{&f, &s}},
		{"name=bob", "name=%s", []any{&ms}},
		{"-300", "%d", []any{&mi}},
		{"40000", "%d", []any{&mi}},
		{"300", "%d", []any{&u}},
		{"ff 0x1f", "%x %v", []any{&a, &b}},
		{"hello", "%s", []any{&bs}},
		{"é!", "%c%c", []any{&r, &a}},
		{"7", "%d %d", []any{&a, &b}},
		{"7 8 9", "%d %d", []any{&a, &b}},
		{"", "%d", []any{&a}},
		{"  ", "%d", []any{&a}},
		{"5%", "%d%%", []any{&a}},
		{"abc", "abd", nil},
		{"10 apples", "%d apples", []any{&a}},
		{"10 pears", "%d apples", []any{&a}},
		{`"a b" rest`, "%q %s", []any{&s, &t}},
		{"`raw q`", "%q", []any{&ms}},
		{`"esc\t\"q\""`, "%q", []any{&s}},
		{"noquote", "%q", []any{&s}},
		{"1,2,3", "%d,%d,%d", []any{&a, &b, &mi}},
		{"true 1", "%t %v", []any{new(bool), new(bool)}},
		{"0b101 0o17 017", "%v %v %v", []any{&a, &b, &mi}},
		{"1_000", "%v", []any{&a}},
		{"1_000", "%d", []any{&a}},
		{"+5 -6", "%d %d", []any{&a, &b}},
		{"3", "%v", []any{a}},
		{"3", "%d", []any{&f}},
		{"nan inf", "%g %g", []any{&f, new(float64)}},
		{"tab\there", "%s %s", []any{&s, &t}},
		{"68690a zz", "%x %s", []any{&s, &t}},
		{"6869", "%X", []any{&bs}},
		{"6g", "%x", []any{&s}},
		{"xyz", "%x", []any{&s}},
		{"é", "%c", []any{&u}},
		{"é", "%c", []any{&s}},
		{"\"unterminated", "%q", []any{&s}},
		{"\"bad\\z\"", "%q", []any{&s}},
		{"1.5", "%c", []any{&f}},
		{"t", "%d", []any{new(bool)}},
		{"日本 語", "%s %c", []any{&s, &r}},
		{"\xff\xfeA", "%c%c%c", []any{&r, &a, &b}},
	}
	for _, c := range cases {
		a, b, s, t, f, ms, mi, u, bs, r = 0, 0, "", "", 0, "", 0, 0, nil, 0
		n, err := fmt.Sscanf(c.in, c.format, c.args...)
		fmt.Printf("%q %q: n=%d err=%v a=%d b=%d s=%q t=%q f=%v ms=%q mi=%d u=%d bs=%q r=%q\n", c.in, c.format, n, err, a, b, s, t, f, ms, mi, u, bs, r)
	}
}
