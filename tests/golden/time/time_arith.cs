// checks: Time arithmetic and comparisons on fixed instants, Unix times,
// and the monotonic clock behind Now/Since/Until
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Unix(1700000000, 500)
	b := a.Add(90 * time.Second)
	fmt.Println(b.Sub(a), a.Sub(b), b.Unix(), b.UnixNano(), b.UnixMilli())
	fmt.Println(a.Before(b), a.After(b), a.Equal(b), b.Add(-90*time.Second).Equal(a))
	fmt.Println(time.Unix(0, 0).Unix(), time.Unix(-1, 0).UnixNano(), time.Unix(5, -1).UnixNano())
	fmt.Println(time.UnixMilli(1234).UnixNano(), time.Unix(1, 2e9).Unix())
	var z time.Time
	fmt.Println(z.IsZero(), a.IsZero(), z.Before(a))
	fmt.Println(a.Sub(z), z.Sub(a))
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	now := time.Now()
	fmt.Println(now.After(start), now.Sub(start) >= 15*time.Millisecond, time.Since(start) >= 15*time.Millisecond)
	fmt.Println(time.Until(start) < 0, start.Add(time.Hour).After(now))
	fmt.Println(a.Add(time.Nanosecond*999999500).Nanosecond(), a.Add(-time.Nanosecond*501).Nanosecond())
}
