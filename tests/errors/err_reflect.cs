package main

import (
	"fmt"
	"reflect" // expect error at "\"reflect\"": package reflect is not supported
)

func main() {
	fmt.Println(reflect.TypeOf(1))
}
