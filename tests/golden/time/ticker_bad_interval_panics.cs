package main

import (
	"fmt"
	"time"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	tk := time.NewTicker(time.Second)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(-1)
	}()
	tk.Stop()
	start := time.Now()
	time.Sleep(-5 * time.Second)
	time.Sleep(0)
	fmt.Println("negative sleep instant:", time.Since(start) < time.Second)
	t := time.NewTimer(-time.Second)
	<-t.C
	fmt.Println("negative timer fires")
	<-time.After(0)
	fmt.Println("After(0) fires")
	var tm *time.Timer
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		tm.Stop()
	}()
	var zt time.Timer
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zt.Reset(time.Second)
	}()
	time.NewTicker(-1)
}
