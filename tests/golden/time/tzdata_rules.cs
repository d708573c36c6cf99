package main

// LoadLocationFromTZData: TZif files built here (version 1 and 2, with
// and without transitions) and the POSIX TZ rules of version 2 footers,
// which give the zone after the last transition; malformed data.

import (
	"fmt"
	"time"
)

func be32(v int64) []byte {
	return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
}

type ztype struct {
	off  int64
	dst  byte
	name string
}

// tzif builds a TZif file: version 0 or '2', transitions (when, type
// index) and types; a version 2 file repeats the data with 64-bit times
// and ends with the footer.
func tzif(version byte, when []int64, idx []byte, types []ztype, footer string) []byte {
	block := func(width int) []byte {
		abbrev := []byte{}
		var tb []byte
		for _, t := range types {
			tb = append(tb, be32(t.off)...)
			tb = append(tb, t.dst, byte(len(abbrev)))
			abbrev = append(append(abbrev, t.name...), 0)
		}
		b := []byte("TZif")
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		for _, n := range []int{0, 0, 0, len(when), len(types), len(abbrev)} {
			b = append(b, be32(int64(n))...)
		}
		for _, w := range when {
			if width == 8 {
				b = append(b, be32(w>>32)...)
			}
			b = append(b, be32(w)...)
		}
		b = append(b, idx...)
		b = append(b, tb...)
		return append(b, abbrev...)
	}
	data := block(4)
	if version != 0 {
		data = append(data, block(8)...)
		data = append(data, '\n')
		data = append(data, footer...)
		data = append(data, '\n')
	}
	return data
}

var instants = []int64{
	1672531200, // 2023-01-01
	1678600000, 1678604399, 1678604400, 1680000000, 1688169600,
	1696118400, 1698541199, 1698541200, 1699163999, 1699164000,
	1703980800, 1704067199, // 2023-12-31
	1709208000, // 2024-02-29
	4102444800,
}

func show(name string, data []byte) {
	loc, err := time.LoadLocationFromTZData(name, data)
	if err != nil {
		fmt.Printf("%s: %v\n", name, err)
		return
	}
	fmt.Printf("%s:", loc)
	for _, sec := range instants {
		t := time.Unix(sec, 0).In(loc)
		zn, off := t.Zone()
		fmt.Printf(" %s/%s/%d/%v", t.Format("01-02T15:04"), zn, off, t.IsDST())
	}
	fmt.Println()
}

func main() {
	std := []ztype{{3600, 0, "XST"}}
	for _, rule := range []string{
		"EST5EDT,M3.2.0,M11.1.0",
		"EST5EDT",
		"CET-1CEST,M3.5.0,M10.5.0/3",
		"AEST-10AEDT,M10.1.0,M4.1.0/3",
		"<-03>3<-02>,M3.2.0/-2,M11.1.0/-1",
		"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
		"IST-2IDT,M3.4.4/26,M10.5.0",
		"WART4WARST,J1/0,J365/25",
		"XXX3YYY,J60/0,J300",
		"AAA-2BBB,59/0,300",
		"NZST-12NZDT,M9.5.0,M4.1.0/3",
		"UTC0", "<+00>0", "<-0330>3:30", "EST5:30:15",
		"EST5EDT4:30,M3.2.0/1:30:20,M11.1.0/-1:00",
		"ES5EDT", "EST", "EST5EDT,M3.2.0", "EST5EDT,M13.1.0,M11.1.0", "EST5EDT,M3.6.0,M11.1.0",
		"EST5EDT,M3.2.7,M11.1.0", "EST5EDT,J0,J100", "EST5EDT,366,100", "EST5EDT;M3.2.0,M11.1.0",
		"EST5EDT,M3.2.0,M11.1.0,", "<EST5", "EST169", "EST168",
	} {
		show(rule, tzif('2', []int64{0}, []byte{0}, std, rule))
	}
	// no transitions: the fake one at the start of time; version 1 has no footer
	show("v2-none", tzif('2', nil, nil, std, "EST5EDT,M3.2.0,M11.1.0"))
	show("v1-none", tzif(0, nil, nil, std, ""))
	// transitions; before the first: zone 0 unless used, then the rules
	two := []ztype{{-18000, 0, "EST"}, {-14400, 1, "EDT"}, {-21600, 0, "CST"}}
	show("v1", tzif(0, []int64{1678604400, 1699164000}, []byte{1, 0}, two, ""))
	show("v2", tzif('2', []int64{1678604400, 1699164000}, []byte{1, 2}, two, "CST6"))
	show("v2-first-dst", tzif('2', []int64{1690000000}, []byte{1}, two, ""))
	show("v2-neg", tzif('2', []int64{-1 << 40, 1688169600}, []byte{2, 0}, two, ""))

	good := tzif('2', []int64{1678604400}, []byte{1}, two, "EST5EDT")
	for _, bad := range [][]byte{
		nil, []byte("TZif"), good[:44], good[:len(good)/2], append([]byte("TZix"), good[4:]...),
		append(append([]byte{}, good[:4]...), append([]byte{'4'}, good[5:]...)...),
		tzif('2', nil, nil, nil, ""),
		tzif(0, []int64{5}, []byte{3}, two, ""),
		tzif(0, nil, nil, []ztype{{0, 0, ""}}, ""),
	} {
		show("bad", bad)
	}
	show("good", good)
}
