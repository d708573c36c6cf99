// checks: strconv.Quote escapes like Go's %q
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello"))
	fmt.Println(strconv.Quote("tab\there \"quoted\" back\\slash"))
	fmt.Println(strconv.Quote("newline\n bell\a nul\x00"))
	fmt.Println(strconv.Quote("héllo 世界"))
	fmt.Println(strconv.Quote("\xff bad utf8"))
	fmt.Println(strconv.Quote(""))
}
