package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	d := flag.Duration("wait", time.Second, "how long")
	flag.Parse()
	fmt.Println("not reached", *d)
}
