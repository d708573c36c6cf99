// checks: Duration.String in all its forms, and the unit conversions
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		100 * time.Millisecond, 1234567 * time.Nanosecond, time.Second,
		1500 * time.Millisecond, 2 * time.Minute, 90 * time.Second,
		time.Hour, 26*time.Hour + 3*time.Minute + 500*time.Millisecond,
		-1500 * time.Millisecond, -1, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d.String(), int64(d))
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d)
	fmt.Printf("%v %s %d\n", 3*time.Second, 250*time.Millisecond, time.Millisecond)
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (-d).Round(time.Hour))
	fmt.Println(time.Duration(1499).Round(time.Microsecond), time.Duration(1500).Round(time.Microsecond))
}
