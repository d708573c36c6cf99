package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("start")
	rw.Unlock()
}
