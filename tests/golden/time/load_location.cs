package main

// LoadLocation reads the system's zone files: zone names and offsets at
// fixed instants (before the first transition, around changes, after the
// last one, where the footer's TZ rule applies), Date in a zone across
// its gaps and overlaps, and the errors.

import (
	"fmt"
	"time"
)

var instants = []int64{
	-5000000000, // 1811: before the first transition
	0,
	1100000000,
	1678604399, 1678604400, // US spring forward, 2023-03-12 07:00 UTC
	1699163999, 1699164000, // US fall back, 2023-11-05 06:00 UTC
	1679792400, 1698541200, // EU changes, 2023
	1680969600, 1696694400, // AU changes, 2023 (southern hemisphere)
	4102444800, // 2100: after the last transition
	4118000000,
}

func main() {
	for _, name := range []string{"America/New_York", "Europe/London", "Europe/Berlin",
		"Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "America/Sao_Paulo",
		"Pacific/Chatham", "Etc/GMT-14", "EST5EDT", "UTC", ""} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		fmt.Printf("%q: %v\n", name, loc)
		for _, sec := range instants {
			t := time.Unix(sec, 0).In(loc)
			zn, off := t.Zone()
			fmt.Println(" ", t, t.Location(), zn, off, t.IsDST(), t.Weekday(), t.YearDay(),
				t.Format(time.RFC3339), t.Format("Mon Jan _2 3:04PM MST -07:00:00"))
		}
	}

	ny, _ := time.LoadLocation("America/New_York")
	sy, _ := time.LoadLocation("Australia/Sydney")
	for _, c := range []struct {
		loc            *time.Location
		y, mo, d, h, m int
	}{
		{ny, 2023, 3, 12, 1, 59}, {ny, 2023, 3, 12, 2, 30}, {ny, 2023, 3, 12, 3, 0},
		{ny, 2023, 11, 5, 0, 59}, {ny, 2023, 11, 5, 1, 30}, {ny, 2023, 11, 5, 2, 0},
		{sy, 2023, 4, 2, 2, 30}, {sy, 2023, 10, 1, 2, 30}, {ny, 2100, 7, 4, 12, 0},
		{ny, 1800, 1, 1, 0, 0},
	} {
		t := time.Date(c.y, time.Month(c.mo), c.d, c.h, c.m, 0, 0, c.loc)
		fmt.Println(t, t.Unix(), t.UTC())
	}
	t := time.Date(2023, 3, 11, 12, 0, 0, 0, ny)
	fmt.Println(t.AddDate(0, 0, 1), t.Add(24*time.Hour), t.AddDate(0, 8, 0).Sub(t))
	a := time.Unix(1700000000, 0)
	fmt.Println(a.In(ny).Equal(a.In(sy)), a.In(ny) == a.In(sy), a.In(ny).Location() == ny)
	local, err := time.LoadLocation("Local")
	fmt.Println(local == time.Local, err)

	for _, name := range []string{"Nowhere/Bogus", "America", "../etc/passwd", "/etc/localtime",
		"\\x", "America/..", "zone.tab"} {
		loc, err := time.LoadLocation(name)
		fmt.Printf("%q: %v %v\n", name, loc, err)
	}
}
