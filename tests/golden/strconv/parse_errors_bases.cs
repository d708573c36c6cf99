package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "", " 1", "9223372036854775808", "0x1f", "1_000", "+5", "abc"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-0x80", "zz"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("x1", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(255, 36), strconv.Itoa(-0))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.5, 'e', -1, 64), strconv.FormatFloat(0.000001, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺x"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Println(s, err)
	s, err = strconv.Unquote(`'ab'`)
	fmt.Println(s, err)
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("x="), 5, 10))
	fmt.Println(string(strconv.AppendInt(nil, 42, 10)))
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
}
