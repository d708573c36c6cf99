// checks: Contains, HasPrefix, HasSuffix, Index
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox"
	fmt.Println(strings.Contains(s, "quick"), strings.Contains(s, "slow"), strings.Contains(s, ""))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "fox"), strings.HasSuffix(s, "fox"))
	fmt.Println(strings.Index(s, "o"), strings.Index(s, "fox"), strings.Index(s, "cat"), strings.Index(s, ""))
	fmt.Println(strings.Index("héllo", "l"), strings.HasSuffix("", ""))
}
