// checks: calendar fields and Format with the standard layouts, on fixed
// instants in UTC; Date normalisation and AddDate
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	for _, l := range []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC1123Z, time.RFC3339,
		time.RFC3339Nano, time.Kitchen, time.StampMilli, "2006-01-02", "15:04:05.000", "Jan _2 3pm .999"} {
		fmt.Println(t.Format(l))
	}
	d := time.Date(2023, time.February, 30, 25, 61, 0, 0, time.UTC)
	fmt.Println(d.Format(time.RFC3339), d.Weekday())
	fmt.Println(d.AddDate(0, 1, -1).Format("2006-01-02"), d.AddDate(1, -14, 0).Format("Jan 2 2006"))
	z := time.Time{}
	fmt.Println(z, z.Year(), z.Month(), z.Weekday(), z.IsZero())
	fmt.Println(time.Month(13), time.Weekday(7), time.UTC, t.Location())
	leap := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(leap.YearDay(), leap.AddDate(1, 0, 0).Format("2006-01-02"))
}
