package main

import (
	"errors"
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(t, "|", t.Location(), "|", t.Format(time.RFC3339Nano), "|", t.Unix())
}

func main() {
	show(time.RFC3339, "2012-11-01T22:08:41+00:00")
	show(time.RFC3339, "2012-11-01T22:08:41Z")
	show(time.RFC3339, "2012-11-01T22:08:41-07:00")
	show(time.RFC3339Nano, "2006-01-02T15:04:05.999999999+05:30")
	show("3 04 PM", "8 41 PM")
	show("3:04PM", "12:30AM")
	show(time.ANSIC, "8:41PM")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.UnixDate, "Mon Jan  2 15:04:05 MST 2006")
	show(time.UnixDate, "Tue Mar  7 09:00:00 PST 2023")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT")
	show(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	show(time.RFC822, "02 Jan 06 15:04 UTC")
	show(time.RFC850, "Monday, 02-Jan-06 15:04:05 EST")
	show(time.Kitchen, "3:04PM")
	show(time.StampMilli, "Jan  2 15:04:05.123")
	show("2006-01-02", "2023-03-15")
	show("2006-01-02", "2023-02-29")
	show("2006-01-02", "2024-02-29")
	show("2006-01-02", "2023-13-01")
	show("2006-01-02", "2023-1-01")
	show("2006-1-2", "2023-1-5")
	show("2006-01-02 15:04:05", "2023-03-15 25:00:00")
	show("2006-01-02 15:04:05", "2023-03-15 12:61:00")
	show("2006-01-02 15:04:05", "2023-03-15 12:00:00 extra")
	show("2006-01-02 15:04:05", "2023-03-15 12:00:00.123456")
	show("2006-01-02 15:04:05.000", "2023-03-15 12:00:00.12")
	show("2006-01-02 15:04:05.000", "2023-03-15 12:00:00.125")
	show("2006-01-02 15:04:05.999", "2023-03-15 12:00:00")
	show("2006-01-02 15:04:05,999", "2023-03-15 12:00:00,5")
	show("02/01/2006", "31/12/1999")
	show("January 2, 2006", "march 15, 2023")
	show("Jan 2 2006", "Foo 2 2006")
	show("2006.002", "2020.060")
	show("2006.002", "2021.366")
	show("2006 __2", "2021  45")
	show("06-01-02", "68-01-02")
	show("06-01-02", "69-01-02")
	show("15:04:05 MST", "10:00:00 GMT+3")
	show("15:04:05 MST", "10:00:00 CEST")
	show("15:04:05 MST", "10:00:00 Cest")
	show("15:04 -0700", "10:00 +0530")
	show("15:04 -07", "10:00 -03")
	show("15:04 Z07:00", "10:00 Z")
	show("15:04 -07:00", "10:00 Z")
	show("15:04 Z070000", "10:00 +013015")
	show("  2006", "2006")
	show("2006  01", "2006 01")
	show("", "")
	show("", "x")
	show("Mon 2006-01-02", "Tue 2023-03-15")
	show("pm 3", "am 12")
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-06-01 08:30", time.UTC)
	fmt.Println(t, err)
	z := time.FixedZone("XYZ", 3*3600+1800)
	t2 := time.Date(2023, 6, 1, 8, 30, 0, 0, z)
	fmt.Println(t2, t2.UTC(), t2.Location(), t2.Format(time.RFC1123Z), t2.Equal(t2.UTC()))
	n, off := t2.Zone()
	fmt.Println(n, off, t2.In(time.UTC).Hour())
	_, err = time.Parse("2006", "abc")
	var pe *time.ParseError
	fmt.Println(errors.As(err, &pe), pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem)
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Format("Janet Monday _2006 Mon"))
}
