package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1500, time.Microsecond * 1234, time.Millisecond,
		1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 15*time.Second,
		-2 * time.Second, 100 * time.Hour, time.Duration(1<<63 - 1), time.Duration(-1 << 63),
		2*time.Hour + 3*time.Millisecond, 59*time.Minute + 59*time.Second + 999*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
		fmt.Printf("%v|%s|%d|%10v|%-12v|\n", d, d, d, d, d)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Round(time.Second), d.Round(0))
	fmt.Println(d.Truncate(time.Hour), d.Truncate(time.Minute), d.Truncate(7*time.Second))
	fmt.Println((-d).Round(time.Hour), (-d).Truncate(time.Minute), (-d).Abs())
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Second/3, time.Minute%(7*time.Second))
	fmt.Printf("%.2f %T %v\n", (90 * time.Second).Minutes(), d, []time.Duration{time.Second, 2})
	type rec struct {
		Name string
		D    time.Duration
	}
	fmt.Printf("%v %+v\n", rec{"x", time.Millisecond}, rec{"y", 3 * time.Second})
	var p *time.Duration
	fmt.Println(p == nil)
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
}
