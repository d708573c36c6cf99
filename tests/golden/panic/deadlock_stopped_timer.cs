package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour) // stopped before it can fire, however slow the machine
	fmt.Println(t.Stop())
	<-t.C
}
