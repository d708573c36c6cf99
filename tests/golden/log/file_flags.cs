package main

// Lshortfile and Llongfile name the line of the call that logged. The
// writer turns csc's ".cs:" into Go's ".go:" and drops directories, so
// both print the same.

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type goNames struct{}

func (goNames) Write(p []byte) (int, error) {
	s := strings.Replace(string(p), ".cs:", ".go:", 1)
	if i := strings.Index(s, ": "); i >= 0 {
		s = s[strings.LastIndex(s[:i], "/")+1:]
	}
	fmt.Print(s)
	return len(p), nil
}

func helper(l *log.Logger) {
	l.Output(2, "from helper, reported at its caller")
}

func main() {
	log.SetOutput(goNames{})
	log.SetFlags(log.Lshortfile)
	log.Print("print")
	log.Printf("printf %d", 1)
	log.Println("println")
	log.SetFlags(log.Llongfile | log.Lmsgprefix)
	log.SetPrefix("pfx: ")
	log.Println("long")
	l := log.New(goNames{}, "[l] ", log.Lshortfile|log.Llongfile)
	l.Print("logger print")
	l.Printf("logger printf")
	helper(l)
	log.Output(1, "output 1")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicln("logger panic")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("panic %s", "f")
	}()
	l.SetOutput(os.Stdout)
	l.SetFlags(0)
	l.Print("no file")
	log.SetFlags(log.Lshortfile)
	log.Fatalf("fatal %d", 2)
}
