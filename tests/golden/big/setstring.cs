package main

// Int's string conversions against Go 1.19: SetString in every base
// with signs, prefixes and '_' separators (and what z holds after a
// failure), Text and Append in bases 2..62, String of nil.

import (
	"fmt"
	"math/big"
)

func try(s string, base int) {
	z := big.NewInt(77)
	r, ok := z.SetString(s, base)
	fmt.Printf("%q base %d: %v %v (z %v)\n", s, base, r, ok, z)
}

func main() {
	for _, s := range []string{"0", "-0", "+0", "12345678901234567890123", "-42", "+42", "", "-", "+", "--1", "+-1",
		" 1", "1 ", "12a", "1_000", "0x_ff", "0xff", "0XFF", "0b1011", "0B11", "0o17", "0O17", "017", "08", "09",
		"0_7", "0_", "_1", "1__0", "1_", "0x", "0b", "0o", "0x_", "0xg", "0b12", "-0x10", "+0b_1_0", "00", "0_0",
		"1e3", "1.5", "٣", "0x1p3"} {
		try(s, 0)
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"fF", 16}, {"0xff", 16}, {"zz", 36}, {"ZZ", 36}, {"zZ", 62}, {"Zz", 62},
		{"10", 2}, {"12", 2}, {"777", 8}, {"789", 8}, {"-1_0", 10}, {"abc", 37}, {"ABC", 37}, {"a", 10},
		{"123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 62}, {"", 10}, {"-", 16}} {
		try(c.s, c.base)
	}
	x, _ := new(big.Int).SetString("-1234567890123456789012345678901234567890", 10)
	for base := 2; base <= 62; base++ {
		t := x.Text(base)
		back, ok := new(big.Int).SetString(t, base)
		fmt.Println(base, t, ok && back.Cmp(x) == 0)
	}
	fmt.Println(big.NewInt(0).Text(2), big.NewInt(-255).Text(16), big.NewInt(61).Text(62), big.NewInt(35).Text(36))
	buf := []byte("x=")
	buf = x.Append(buf, 16)
	buf = append(buf, ' ')
	buf = big.NewInt(0).Append(buf, 10)
	var nilInt *big.Int
	buf = append(buf, ' ')
	buf = nilInt.Append(buf, 10)
	fmt.Println(string(buf), nilInt.String(), nilInt.Text(2))
	defer func() { fmt.Println("recovered:", recover()) }()
	try("1", 63)
}
