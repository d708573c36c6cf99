package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789)
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Sub(t), t.Sub(u))
	fmt.Println(u.After(t), u.Before(t), t.Equal(t.Add(0)), t.Equal(u))
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro(), t.Nanosecond())
	fmt.Println(t.Truncate(time.Hour).Unix(), t.Round(time.Hour).Unix(), t.Round(time.Second).Nanosecond())
	var z time.Time
	fmt.Println(z.IsZero(), t.IsZero())
	m := time.UnixMilli(1700000000999)
	fmt.Println(m.Unix(), m.Nanosecond())
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	end := time.Now()
	fmt.Println(end.After(start), start.Before(end), end.Sub(start) > 0)
	dl := time.Now().Add(time.Hour)
	fmt.Println(time.Until(dl) > 0, time.Until(dl) <= time.Hour)
	fmt.Println(time.Unix(0, 0).UTC().Unix())
	d := time.Unix(100, 0).Sub(time.Unix(40, 500))
	fmt.Println(d, d.Seconds())
	fmt.Println(time.Unix(5, 2e9).Unix(), time.Unix(5, -1).Unix(), time.Unix(5, -1).Nanosecond())
}
