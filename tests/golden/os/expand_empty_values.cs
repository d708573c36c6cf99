package main

import (
	"fmt"
	"os"
)

// An expansion to an empty value at the very start must still be expanded
// (it once left the whole string unchanged).
func main() {
	os.Unsetenv("CONF12_UNSET")
	os.Setenv("CONF12_EMPTY", "")
	os.Setenv("CONF12_SET", "v")
	for _, s := range []string{"$CONF12_UNSET-x", "${CONF12_EMPTY}", "$CONF12_EMPTY$CONF12_EMPTY.", "a$CONF12_UNSET", "$CONF12_SET$CONF12_UNSET", "no dollars", "$", "x$"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	m := func(string) string { return "" }
	fmt.Printf("%q\n", os.Expand("$a$b${c}", m))
}
