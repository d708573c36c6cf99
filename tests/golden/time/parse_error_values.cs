// checks: time.Parse error messages quote what Go quotes: the rest of the
// value after an element Go had already taken off (a "2006" that is not a
// number), else the value at the element
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{"2006-01-02", "23-01-01"},
		{"2006-01-02", "2023-1-02"},
		{"2006-01-02", "20x3-01-02"},
		{"06-01-02", "2x-01-02"},
		{"06-01-02", "x"},
		{"3:04PM", "3:04XM"},
		{"3:04pm", "3:04p"},
		{"Jan 2 2006", "Jbn 2 2006"},
		{"Mon Jan 2", "Mox Jan 2"},
		{"_2 Jan", " x Jan"},
		{"15:04:05.000", "10:00:00.12"},
		{"15:04:05.000", "10:00:00.1x3"},
		{"15:04 -07:00", "10:00 +0100"},
		{"15:04 -0700", "10:00 +01x0"},
		{"15:04 -0700", "10:00 *0100"},
		{"15:04 Z07:00", "10:00 +01:0x"},
		{"15:04 MST", "10:00 mst"},
		{"15:04:05", "10:00:61"},
		{"2006-002", "2023-400"},
		{"2006-01-02", "2023-02-29"},
		{"Jan 2, 2006", "Feb 30, 2024"},
	}
	for _, c := range cases {
		_, err := time.Parse(c.layout, c.value)
		fmt.Println(err)
	}
}
