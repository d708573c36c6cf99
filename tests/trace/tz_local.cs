package main

// Run by tz_local.sh under several TZ settings: Local's name and offsets.

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1700000000, 5).Local())
}
