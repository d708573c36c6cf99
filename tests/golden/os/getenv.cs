// checks: os.Getenv of an unset variable is the empty string
package main

import (
	"fmt"
	"os"
)

func main() {
	v := os.Getenv("CSC_TEST_SURELY_UNSET_VARIABLE_1234")
	fmt.Printf("%q %d\n", v, len(v))
}
