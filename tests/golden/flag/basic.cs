package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 3, "number of `items`")
	big := flag.Int64("big", -1, "a big number")
	u := flag.Uint("u", 0, "unsigned")
	name := flag.String("name", "world", "who to greet")
	v := flag.Bool("v", false, "verbose")
	q := flag.Bool("q", true, "quiet")
	ratio := flag.Float64("ratio", 0.5, "a ratio")
	d := flag.Duration("d", time.Second, "a delay")
	var level int
	flag.IntVar(&level, "level", 1, "log level")
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(*n, *big, *u, *name, *v, *q, *ratio, *d, level)
	fmt.Println("NArg", flag.NArg(), "NFlag", flag.NFlag(), "Args", flag.Args())
	fmt.Printf("Arg(0)=%q Arg(9)=%q\n", flag.Arg(0), flag.Arg(9))
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value, f.DefValue) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("all: %s %q\n", f.Name, f.Usage) })
	if f := flag.Lookup("name"); f != nil {
		fmt.Println("lookup:", f.Name, f.Value.String(), f.DefValue)
	}
	fmt.Println(flag.Lookup("nope") == nil)
	fmt.Println(flag.Set("level", "9"), level, flag.NFlag())
	fmt.Println(flag.Set("nope", "1"))
	fmt.Println(flag.Set("level", "x"))
	g := flag.Lookup("d").Value.(flag.Getter)
	fmt.Println(g.Get())
	flag.CommandLine.SetOutput(os_stdout{})
	flag.PrintDefaults()
}

type os_stdout struct{}

func (os_stdout) Write(p []byte) (int, error) {
	fmt.Print(string(p))
	return len(p), nil
}
