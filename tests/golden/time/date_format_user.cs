package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("Mon Jan 2 3:04PM"), t.Format(time.Kitchen))
	fmt.Println(t.Format("02/01/06 .000 .999999 Z07:00 MST"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	fmt.Println(y, int(m), d)
	fmt.Printf("%v %d %s\n", t.Month(), t.Month(), t.Weekday())
	u := t.AddDate(0, 1, 30)
	fmt.Println(u.Format(time.ANSIC), u.Sub(t), u.Sub(t).Hours())
	fmt.Println(t.Add(-24*time.Hour*365).Format("2006-01-02"), t.AddDate(-1, 0, 0).Format("Jan _2 2006"))
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("2006-01-02"), leap.YearDay(), leap.Weekday())
	norm := time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)
	fmt.Println(norm)
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC().Format(time.RFC1123))
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year())
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2000, 1, 1, 0, 0, 0, 1, time.UTC)
	fmt.Println(a.Before(b), b.Sub(a), a.Equal(a.UTC()))
	fmt.Println(t.Truncate(time.Hour).Format(time.Stamp), t.Round(24*time.Hour))
	fmt.Println(time.Saturday, time.December, time.Month(13), time.Weekday(7))
	days := 0
	for d := a; d.Year() == 2000; d = d.AddDate(0, 0, 1) {
		days++
	}
	fmt.Println("days in 2000:", days)
}
