package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 1, 31, 23, 30, 0, 0, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(0, 0, 1), t.AddDate(1, 1, 1))
	fmt.Println(time.Date(2024, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, te.Location(), te.Equal(t), te == t)
	name, off := te.Zone()
	fmt.Println(name, off)
	fmt.Println(te.Format(time.RFC3339), te.Format("Z07:00 MST -0700"))
	p, err := time.ParseInLocation("2006-01-02 15:04", "2024-03-10 02:30", est)
	fmt.Println(p, err)
	fmt.Println(t.Sub(time.Date(2023, 1, 31, 23, 30, 0, 0, time.UTC)).Hours())
	fmt.Println(time.Unix(t.Unix(), 0).UTC().Equal(t), time.UnixMicro(t.UnixMicro()).UTC())
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, d.Hours()/24)
	fmt.Println(t.Truncate(24*time.Hour), t.Round(24*time.Hour), t.Truncate(7*24*time.Hour))
	fmt.Println(t.IsDST(), t.In(time.FixedZone("CET", 3600)).IsDST(), t.Location().String(), time.UTC.String())
}
