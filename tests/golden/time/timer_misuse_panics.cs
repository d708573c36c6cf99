// checks: misusing timers panics as in Go (Stop/Reset of a zero Timer or
// Ticker, a non-positive Ticker period), and a timer stopping itself from
// its own AfterFunc gets false
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("stop zero timer", func() {
		var t time.Timer
		t.Stop()
	})
	try("reset zero timer", func() {
		var t time.Timer
		t.Reset(time.Second)
	})
	try("ticker zero", func() { time.NewTicker(0) })
	try("reset ticker negative", func() {
		tk := time.NewTicker(time.Second)
		defer tk.Stop()
		tk.Reset(-1)
	})
	try("stop zero ticker", func() {
		var tk time.Ticker
		tk.Stop()
	})
	try("reset zero ticker", func() {
		var tk time.Ticker
		tk.Reset(time.Second)
	})
	var self *time.Timer
	done := make(chan bool)
	self = time.AfterFunc(10*time.Millisecond, func() {
		done <- self.Stop()
	})
	fmt.Println("stop from inside its own func:", <-done)
	fmt.Println(time.Month(13), time.Weekday(8), time.Month(0))
}
