// mutex: four goroutines contend on one sync.Mutex, each adding 4 to a
// shared counter N times.
// Size: iterations per goroutine (default 2500000). Check value: 16N.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(4)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < n; i++ {
				mu.Lock()
				counter += 4
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
