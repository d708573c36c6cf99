package main

// UTC, Local and In return a time without the monotonic clock reading, as
// Round and Truncate do; Add keeps it. Which readings a Time carries shows
// in String's " m=±" suffix and in == (which compares the reading too).

import (
	"fmt"
	"strings"
	"time"
)

func hasMono(t time.Time) bool { return strings.Contains(t.String(), " m=") }

func main() {
	now := time.Now()
	fmt.Println("Now", hasMono(now), "Add", hasMono(now.Add(time.Second)), "AddDate", hasMono(now.AddDate(0, 0, 1)))
	fmt.Println("UTC", hasMono(now.UTC()), "Local", hasMono(now.Local()), "In", hasMono(now.In(time.UTC)))
	fmt.Println("Round", hasMono(now.Round(0)), "Truncate", hasMono(now.Truncate(time.Second)))
	fmt.Println("UTC().Add", hasMono(now.UTC().Add(time.Second)))
	fmt.Println(now.Local() == now.Round(0), now.Local() == now, now.Local().Equal(now))
	later := now.Add(time.Hour)
	fmt.Println(later.UTC().Sub(now), later.Sub(now.UTC()), later.In(time.FixedZone("X", 3600)).Sub(now.Local()))
}
