package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.RFC1123))
	fmt.Println(t.Format("Mon Monday Jan January 01 1 02 2 _2 15 03 3 04 4 05 5 PM pm .000 .999999 -0700 Z07:00"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	t2 := t.Add(36 * time.Hour)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	fmt.Println(t.AddDate(0, 3, 25).Format("2006-01-02"))
	fmt.Println(t.Truncate(time.Hour).Format("15:04:05"))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero())
	fmt.Println(time.March, time.Saturday, time.Month(13))
	fmt.Printf("%v|%s|%d\n", time.May, time.May, time.May)
}
