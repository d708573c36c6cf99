package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	t := time.AfterFunc(30*time.Millisecond, func() {
		fmt.Println("afterfunc ran")
		wg.Done()
	})
	wg.Wait()
	fmt.Println("stop after run:", t.Stop())
	ran := false
	t2 := time.AfterFunc(time.Hour, func() { ran = true })
	fmt.Println("stop pending:", t2.Stop())
	fmt.Println("ran:", ran)
	fmt.Println("t2.C nil:", t2.C == nil)
	done := make(chan struct{})
	t3 := time.AfterFunc(time.Hour, func() { close(done) })
	fmt.Println("reset pending:", t3.Reset(10*time.Millisecond))
	<-done
	fmt.Println("reset fired:", t3.Reset(10*time.Millisecond))
	time.Sleep(3 * time.Second)
	fmt.Println("end")
}
