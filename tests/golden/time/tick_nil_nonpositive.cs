package main

import (
	"fmt"
	"time"
)

func main() {
	c := time.Tick(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		t := <-c
		fmt.Println("tick", i, t.After(time.Time{}))
	}
	var nilTick <-chan time.Time = time.Tick(0)
	fmt.Println("Tick(0) is nil:", nilTick == nil)
	fmt.Println("Tick(-1) is nil:", time.Tick(-1) == nil)
}
