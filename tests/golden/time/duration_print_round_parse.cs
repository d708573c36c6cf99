package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, -2 * time.Second, 1<<63 - 1, -1 << 63, 36*time.Hour + 15*time.Second + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%v %d %s %T\n", d, d, d, d)
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), time.Duration(1234567890).Round(time.Millisecond))
	fmt.Println(time.Duration(1500) * time.Millisecond)
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(time.Second / 3, time.Minute % (7 * time.Second))
	fmt.Println((-1500 * time.Millisecond).Abs())
	for _, s := range []string{"1h30m", "300ms", "-1.5h", "2h45m30.5s", "1us", "1µs", "bad", "", "3", "1d"} {
		pd, err := time.ParseDuration(s)
		fmt.Println(pd, err)
	}
	fmt.Println(time.Hour > time.Minute, time.Duration(0) == 0)
	timeout := 250 * time.Millisecond
	fmt.Printf("timeout after %v (%.2fs)\n", timeout, timeout.Seconds())
}
