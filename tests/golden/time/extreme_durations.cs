package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	t := time.NewTimer(math.MaxInt64)
	fmt.Println(t.Stop())
	go time.Sleep(math.MaxInt64)
	go func() {
		<-time.After(time.Duration(math.MaxInt64 - 5))
	}()
	fired := make(chan bool)
	t2 := time.AfterFunc(time.Duration(math.MaxInt64), func() { fmt.Println("never"); fired <- true })
	fmt.Println(t2.Reset(time.Millisecond))
	<-fired
	fmt.Println(t2.Stop())
	tk := time.NewTicker(math.MaxInt64)
	tk.Reset(math.MaxInt64 / 2)
	tk.Stop()
	d := time.Duration(math.MaxInt64)
	fmt.Println(d, -d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour))
	now := time.Now()
	fmt.Println(now.Add(d).After(now), now.Add(-d).Before(now))
	fmt.Println(time.Unix(1<<40, 0).Sub(time.Unix(0, 0)))
	func() {
		defer func() { fmt.Println(recover()) }()
		tk.Reset(0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		time.NewTicker(-1)
	}()
	var nt time.Timer
	func() {
		defer func() { fmt.Println(recover()) }()
		nt.Stop()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		nt.Reset(1)
	}()
	fmt.Println("end")
}
