// tempflag: a flag.Value for Celsius with units, plus a custom FlagSet with errors.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9.0/5.0 + 32.0) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32.0) * 5.0 / 9.0) }

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = Celsius(value - 273.15)
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func run(args []string) {
	fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
	period := fs.Duration("period", 1*time.Second, "sleep period")
	var tags listFlag
	fs.Var(&tags, "tag", "tag (repeatable)")
	verbose := fs.Bool("v", false, "verbose")
	if err := fs.Parse(args); err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println(*temp, *period, tags, *verbose, fs.Args())
}

func main() {
	run(nil)
	run([]string{"-temp", "-18C"})
	run([]string{"-temp=212°F", "-period", "50ms", "rest", "-v"})
	run([]string{"-temp", "273.15K", "-tag", "a", "-tag=b", "-v", "--", "-x"})
	run([]string{"-temp", "39.5x"})
	run([]string{"-nope"})
	run([]string{"-period", "abc"})
	run([]string{"-h"})
}
