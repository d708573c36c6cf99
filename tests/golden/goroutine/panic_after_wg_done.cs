package main

// A goroutine panics; its first deferred call releases main, which then
// returns. Go's main waits for the panic's remaining deferred calls and
// its printing, so the program still prints every line and exits 2.

import (
	"fmt"
	"sync"
)

type jobError struct{ code int }

func (e jobError) Error() string { return fmt.Sprintf("job failed with code %d", e.code) }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("cleanup after Done")
		defer wg.Done()
		defer fmt.Println("deferred before Done")
		panic(jobError{7})
	}()
	wg.Wait()
}
