package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type list []string

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(s string) error {
	if s == "bad" {
		return errors.New("bad item")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) String() string {
	return [...]string{"low", "mid", "high"}[*l]
}

func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type toggle struct{ on *bool }

func (t toggle) String() string {
	if t.on == nil {
		return "nil"
	}
	return fmt.Sprint(*t.on)
}

func (t toggle) Set(s string) error { *t.on = s == "true"; return nil }

func (t toggle) IsBoolFlag() bool { return true }

type crashy struct{ p *int }

func (c *crashy) String() string { return fmt.Sprint(*c.p) }

func (c *crashy) Set(s string) error { return nil }

func newSet() (*flag.FlagSet, *list) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var l list
	fs.Var(&l, "item", "add an `ITEM`\nmay repeat")
	lv := level(1)
	fs.Var(&lv, "level", "how loud")
	on := true
	fs.Var(toggle{&on}, "t", "a toggle")
	fs.Int("n", 0, "count")
	fs.Uint64("u64", 5, "")
	fs.Func("f", "call a `func`", func(s string) error {
		fmt.Println("func got", s)
		if s == "no" {
			return errors.New("refused")
		}
		return nil
	})
	fs.Bool("b", false, "")
	return fs, &l
}

func try(args ...string) {
	fs, l := newSet()
	fmt.Printf("== %q\n", args)
	err := fs.Parse(args)
	fmt.Println("err:", err, "args:", fs.Args(), "items:", *l, "nflag:", fs.NFlag())
}

func main() {
	try("-item", "a", "-item=b", "-level", "high", "-t", "-f", "x", "rest")
	try("-item", "bad")
	try("-level", "loud")
	try("-x")
	try("-n")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-u64=-1")
	try("-b=maybe")
	try("-t=false", "-b", "-", "z")
	try("---n", "1")
	try("-=1")
	try("-f", "no")
	try("-h")
	try("--help")
	try("--", "-n", "1")
	try()

	fs, _ := newSet()
	fs.Usage = func() { fmt.Println("custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-zz"}), fs.Parsed(), fs.ErrorHandling() == flag.ContinueOnError)

	bad := flag.NewFlagSet("bad", flag.ContinueOnError)
	bad.SetOutput(os.Stdout)
	bad.Var(&crashy{new(int)}, "c", "crashes on zero")
	bad.PrintDefaults()

	var anon flag.FlagSet
	anon.SetOutput(os.Stdout)
	anon.String("s", "", "empty default")
	fmt.Println(anon.Parse([]string{"-q"}))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p := flag.NewFlagSet("p", flag.PanicOnError)
		p.SetOutput(os.Stdout)
		p.Parse([]string{"-nope"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs, _ := newSet()
		fs.Int("n", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs, _ := newSet()
		fs.Int("-x", 1, "dash")
	}()
}
