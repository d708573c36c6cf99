// Lock while holding RLock in the only goroutine: Go's deadlock report, goroutine 1 [semacquire].

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	fmt.Println("read locked; now writer")
	mu.Lock()
}
