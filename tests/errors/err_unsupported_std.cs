package main

import (
	"encoding/json" // expect error at "\"encoding/json\"": package encoding/json is not supported
	"fmt"
)

func main() {
	b, _ := json.Marshal(1)
	fmt.Println(string(b))
}
