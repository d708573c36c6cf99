// checks: Time.Round and Time.Truncate against many instants and durations
// (before year 1, odd divisors, the maximum Duration); Round(0) strips
// the monotonic reading
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Unix(1234567890, 123456789).UTC(),
		time.Unix(1234567890, 500000000).UTC(),
		time.Unix(0, 0).UTC(),
		time.Unix(-1, 999999999).UTC(),
		time.Unix(-62135596800-7, 250000000).UTC(),
		time.Unix(-62135596800, 0).UTC(),
		time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC),
	}
	ds := []time.Duration{0, -1, 1, 7, time.Microsecond, 3 * time.Millisecond, 250 * time.Millisecond, time.Second, 7 * time.Second,
		time.Minute, 90 * time.Minute, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1, 1000000007}
	for _, t := range times {
		for _, d := range ds {
			fmt.Println(t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
		}
	}
	n := time.Now()
	fmt.Println(n.Round(0).Equal(n), n.Truncate(0) == n.Round(0))
	fmt.Println(n.Round(time.Hour).Sub(n) <= 30*time.Minute)
}
