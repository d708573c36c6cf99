package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{1999, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026} {
		for _, md := range [][2]int{{1, 1}, {1, 3}, {1, 4}, {6, 15}, {12, 28}, {12, 29}, {12, 31}} {
			t := time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC)
			yy, w := t.ISOWeek()
			fmt.Printf("%s %s %d-W%02d\n", t.Format("2006-01-02"), t.Weekday().String()[:3], yy, w)
		}
	}
	start := time.Date(2023, 12, 20, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 21; i++ {
		_, w := start.AddDate(0, 0, i).ISOWeek()
		fmt.Print(w, " ")
	}
	fmt.Println()
}
