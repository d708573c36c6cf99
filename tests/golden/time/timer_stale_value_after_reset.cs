package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len before reset:", len(t.C), cap(t.C))
	fmt.Println("reset returns:", t.Reset(time.Hour))
	fmt.Println("len after reset:", len(t.C))
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no value")
	}
	fmt.Println("stop:", t.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("ticker len:", len(tk.C), cap(tk.C))
	<-tk.C
	tk.Stop()
	time.Sleep(100 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}
}
