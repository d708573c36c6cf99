// time.Time's MarshalBinary/UnmarshalBinary and GobEncode/GobDecode:
// Go's bytes (version 1, or 2 for an offset with seconds), the UTC and
// fixed-zone round trips, and the decoding errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("A", 5*3600+17*60), time.FixedZone("B", -(3*3600 + 30)), time.FixedZone("C", 45)}
	for _, loc := range zones {
		t := time.Date(2023, 3, 14, 15, 9, 26, 535897932, loc)
		b, err := t.MarshalBinary()
		fmt.Printf("%x %v\n", b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		_, off := u.Zone()
		fmt.Println(u.Format(time.RFC3339Nano), u.Location(), off, u.Equal(t), err)
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(string(g) == string(b), v.GobDecode(g), v.Equal(t))
	}
	for _, t := range []time.Time{{}, time.Unix(-1e10, 1).UTC(), time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)} {
		b, err := t.MarshalBinary()
		var u time.Time
		fmt.Printf("%x %v %v %v\n", b, err, u.UnmarshalBinary(b), u == t)
	}
	_, err := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("M", -60)).MarshalBinary()
	fmt.Println(err)
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2, 3}), u.UnmarshalBinary(make([]byte, 16)))
}
