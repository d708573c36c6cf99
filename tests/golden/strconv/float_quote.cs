// checks: FormatFloat's formats and precisions, ParseFloat's errors,
// Quote/QuoteToASCII/QuoteRune and Unquote
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []float64{0, 1, -2.5, 1.0 / 3, 1e21, 123456789, 1e-7, 5e-324} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'G', 4, 32), strconv.FormatFloat(v, 'f', 2, 64))
	}
	for _, s := range []string{"3.25", "-1e400", "1e-400", "inf", "NaN", "0x1p-2", "1_000.5", "abc", "", "1e"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.Quote("tab\there \"q\" \x01 é \u2028"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9\x41"`, `"bad`, `'ab'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	n, err := strconv.ParseInt("-0x1F", 0, 16)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("1_000", 0, 64)
	fmt.Println(u, err, strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
}
