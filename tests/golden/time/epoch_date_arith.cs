package main

import (
	"fmt"
	"time"
)

func main() {
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	fmt.Println(then)
	fmt.Println(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	fmt.Println(then.Weekday())
	now := time.Date(2023, 5, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(then.Before(now), then.After(now), then.Equal(now))
	diff := now.Sub(then)
	fmt.Println(diff)
	fmt.Println(diff.Hours(), diff.Minutes(), diff.Seconds(), diff.Nanoseconds())
	fmt.Println(then.Add(diff))
	fmt.Println(then.Add(-diff))
	fmt.Println(then.Unix(), then.UnixMilli(), then.UnixNano())
	fmt.Println(time.Unix(then.Unix(), 0).UTC())
	fmt.Println(time.Unix(0, then.UnixNano()).UTC())
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	t := then.Round(time.Hour)
	fmt.Println(t, then.Truncate(24*time.Hour))
	fmt.Println(then.Format("Monday, 02-Jan-06 15:04:05.000 MST"))
	fmt.Println(then.Format(time.StampMicro), then.Format(time.RFC822Z), then.Format(time.UnixDate))
	fmt.Println(then.Format("3:4:5 PM"), then.Format("06/1/2 .9 ,999"))
	fmt.Println(then.AddDate(-1, 14, 0).Format("2006-01-02 15:04:05"))
}
