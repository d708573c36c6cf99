// checks: time.ParseDuration: units, signs, fractions, overflow limits,
// and Go's error texts with their \xNN quoting
package main

import (
	"fmt"
	"time"
)

func main() {
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)
	for _, s := range []string{"0", "-1.5h", "300ms", "1us", "1µs", "2h45m", ".5s", "1e3s", "", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "1.0000000000000000000001s", "1h1.5m", "3..5s", "+5m", "-", "5", "5x", "5 s", "1µ", "\x01s", "1é", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "0.0000000001s", "1.9999999999h", "12345678901234567890ns", ".s", "1.s", "-.5m", "\"s\"", "1\xffs"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
}
