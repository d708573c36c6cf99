package main

import (
	"fmt"
	"regexp" // expect error at "\"regexp\"": package regexp is not supported
)

func main() {
	fmt.Println(regexp.MustCompile("a+").MatchString("aa"))
}
