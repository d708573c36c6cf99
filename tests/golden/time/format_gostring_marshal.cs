// checks: Format of fixed zones without names, negative and 5-digit
// years ("06" of year -1 is 01), and GoString (%#v), AppendFormat and the
// RFC 3339 text and JSON encodings of a Time
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("", 19800), time.FixedZone("", -3*3600-30*60), time.FixedZone("XYZ", 45), time.FixedZone("", 0)}
	t := time.Date(2021, 12, 31, 23, 59, 59, 999999999, time.UTC)
	for _, z := range zones {
		u := t.In(z)
		fmt.Println(u, "|", u.Format(time.RFC3339Nano), "|", u.Format("MST Z07 Z0700 -07 -07:00:00 Z07:00:00"), "|", u.Location())
	}
	years := []int{-1, 0, 1, 99, 999, 10000, 123456}
	for _, y := range years {
		d := time.Date(y, 3, 4, 5, 6, 7, 8000, time.UTC)
		fmt.Println(d, "|", d.Format("2006 06 Jan 2 .000000 .999"), "|", d.Format(time.RFC3339))
	}
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Format("3:04:05 PM, 15h, 03, pm"))
	fmt.Println(time.Date(2023, 1, 1, 12, 0, 0, 0, time.UTC).Format("3PM 03pm"))
	fmt.Println(time.Date(2023, 7, 9, 8, 7, 6, 0, time.UTC).Format("Mon Monday Jan January 1 01 2 02 _2 002 __2"))
	fmt.Printf("%#v\n", t)
	b, err := t.MarshalText()
	fmt.Println(string(b), err)
	var p time.Time
	err = p.UnmarshalText([]byte("2022-02-03T04:05:06.7+01:00"))
	fmt.Printf("%v %v %#v\n", p, err, p)
	err = p.UnmarshalText([]byte("2022-02-03"))
	fmt.Println(err)
	j, err := time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(j, err)
	j, err = t.In(time.FixedZone("", 3600)).MarshalJSON()
	fmt.Println(string(j), err, p.UnmarshalJSON(j), p, p.UnmarshalJSON([]byte("null")), p)
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)))
	fmt.Printf("%#v\n", []time.Time{t.In(time.FixedZone("EST", -5*3600)), {}})
	type Event struct {
		Name string
		At   time.Time
		D    time.Duration
	}
	fmt.Printf("%#v\n", Event{"launch", t, time.Minute})
	fmt.Printf("%#v %#v\n", time.Second, time.March)
	fmt.Printf("%s|%v|%d\n", t, t.Month(), t.Weekday())
	fmt.Println(time.Unix(1<<40, 0).UTC(), time.Unix(-1<<40, 0).UTC())
	fmt.Println(t.Sub(time.Time{}), time.Time{}.Sub(t))
}
