package main

// Package-level variables whose initialisers name many methods of other
// packages' types: the init-order pass once counted them among this
// package's objects and overran its arrays (csc aborted in malloc).

import (
	"fmt"
	"strings"
	"time"
)

var methods = []any{
	time.Duration.Round, time.Duration.Truncate, time.Duration.Hours, time.Duration.Minutes,
	time.Duration.Seconds, time.Duration.Milliseconds, time.Duration.Microseconds,
	time.Duration.Nanoseconds, time.Duration.String, time.Time.Add, time.Time.Sub,
	time.Time.Unix, time.Time.UnixNano, time.Time.Year, time.Time.Month, time.Time.Day,
	time.Time.Hour, time.Time.Minute, time.Time.Second, time.Time.Before, time.Time.After,
	time.Time.Equal, time.Time.IsZero, time.Time.Format, time.Month.String,
	(*strings.Builder).WriteString, (*strings.Builder).String, (*strings.Builder).Len,
}

var text = time.Duration(90 * time.Minute).String() + " " + time.March.String()

func main() {
	fmt.Println(len(methods), text)
}
