// timefmt: package time's calendar and text work in UTC and a fixed
// zone: time.Date, Add and AddDate stepping, Format with RFC3339,
// RFC1123, Kitchen, ANSIC and custom layouts (fractional seconds,
// weekday and month names), Parse of each back with Equal checks,
// Truncate/Round, Sub and Duration.String, Weekday/YearDay/ISOWeek,
// and ParseDuration. Go's test/bench/go1 has a time Format/Parse pair.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	est := time.FixedZone("EST", -5*3600)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.ANSIC,
		"2006-01-02 15:04:05.000", "Mon Jan _2 2006 3:04PM", "02/01/06 15:04:05.999999", time.Kitchen}
	t := time.Date(1999, time.December, 31, 23, 59, 58, 123456789, time.UTC)
	step := 37*time.Hour + 11*time.Minute + 13*time.Second + 987654321*time.Nanosecond
	parsedOK, textLen, weekdays, isoWeeks, yearDays := 0, 0, 0, 0, 0
	var last string
	for i := 0; i < n; i++ {
		t = t.Add(step)
		if i%50 == 0 {
			t = t.AddDate(0, 1, -3)
		}
		loc := t
		if i%3 == 0 {
			loc = t.In(est)
		}
		layout := layouts[i%len(layouts)]
		s := loc.Format(layout)
		textLen += len(s)
		if p, err := time.Parse(layout, s); err == nil {
			switch layout {
			case time.RFC3339Nano, time.RFC1123Z, time.RFC3339:
				if p.Equal(loc.Truncate(time.Second)) || p.Equal(loc) {
					parsedOK++
				}
			default:
				if p.Format(layout) == s {
					parsedOK++
				}
			}
		}
		weekdays += int(t.Weekday())
		_, w := t.ISOWeek()
		isoWeeks += w
		yearDays += t.YearDay()
		last = s
	}
	fmt.Println("parsed", parsedOK, "text", textLen, "weekdays", weekdays, "isoweeks", isoWeeks, "yeardays", yearDays)
	fmt.Println("last", last, "final", t.Format(time.RFC3339Nano))

	start := time.Date(2020, 2, 28, 12, 0, 0, 0, time.UTC)
	var total time.Duration
	durs := 0
	for i := 0; i < n; i++ {
		end := start.Add(time.Duration(i*7919) * time.Second)
		d := end.Sub(start)
		total += d.Round(time.Hour) - d.Truncate(time.Minute)
		if pd, err := time.ParseDuration(d.String()); err == nil && pd == d {
			durs++
		}
	}
	fmt.Println("durations", durs, total, time.Duration(total/time.Duration(n)).String())
	_, err := time.Parse(time.RFC3339, "2021-13-01T00:00:00Z")
	fmt.Println("bad:", err)
}
