package main

import (
	"fmt"
	"unsafe" // expect error at "\"unsafe\"": package unsafe is not supported
)

func main() {
	fmt.Println(unsafe.Sizeof(1))
}
