// Package log: Go's simple logger. A Logger writes each message as one
// Write of its header and text, a newline added when the text lacks one.
// The header is the prefix (or, with Lmsgprefix, the prefix just before
// the text), then the date and time the flags ask for. The standard logger
// writes to os.Stderr with LstdFlags. Fatal* exit with status 1 after
// writing; Panic* panic with the text.
//
// Lshortfile and Llongfile print the .cs file and line of the call that
// logged, found by runtime.Caller: every function between the caller and
// Output counts in calldepth, so the package functions call Output
// directly, as Go's do. An unknown caller prints "???:0", as in Go.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// Flags choose the header of each line.
const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes lines to an io.Writer; it is safe for concurrent use.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New creates a Logger writing to out with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

func (l *Logger) header(now time.Time, file string, line int) string {
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h = l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			now = now.UTC()
		}
		if l.flag&Ldate != 0 {
			h += now.Format("2006/01/02 ")
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			h += now.Format("15:04:05")
			if l.flag&Lmicroseconds != 0 {
				h += now.Format(".000000")
			}
			h += " "
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		h += file + ":" + strconv.Itoa(line) + ": "
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	return h
}

// Output writes s with the header. calldepth counts the frames to skip
// for Lshortfile and Llongfile: 1 is the caller of Output.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	file, line := "???", 0
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Lshortfile|Llongfile) != 0 {
		l.mu.Unlock() // unwinding is slow: others may log meanwhile
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
		l.mu.Lock()
	}
	text := l.header(now, file, line) + s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		text += "\n"
	}
	_, err := io.WriteString(l.out, text)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any)                 { l.fatal(2, fmt.Sprint(v...)) }
func (l *Logger) Fatalf(format string, v ...any) { l.fatal(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Fatalln(v ...any)               { l.fatal(2, fmt.Sprintln(v...)) }

func (l *Logger) Panic(v ...any)                 { l.panic(2, fmt.Sprint(v...)) }
func (l *Logger) Panicf(format string, v ...any) { l.panic(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Panicln(v ...any)               { l.panic(2, fmt.Sprintln(v...)) }

// fatal and panic log s for the caller calldepth frames up (1: theirs).
func (l *Logger) fatal(calldepth int, s string) {
	l.Output(calldepth+1, s)
	os.Exit(1)
}

func (l *Logger) panic(calldepth int, s string) {
	l.Output(calldepth+1, s)
	panic(s)
}

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// The standard logger's functions.

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }
func Fatal(v ...any)                 { std.fatal(2, fmt.Sprint(v...)) }
func Fatalf(format string, v ...any) { std.fatal(2, fmt.Sprintf(format, v...)) }
func Fatalln(v ...any)               { std.fatal(2, fmt.Sprintln(v...)) }
func Panic(v ...any)                 { std.panic(2, fmt.Sprint(v...)) }
func Panicf(format string, v ...any) { std.panic(2, fmt.Sprintf(format, v...)) }
func Panicln(v ...any)               { std.panic(2, fmt.Sprintln(v...)) }
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
func SetOutput(w io.Writer)   { std.SetOutput(w) }
func SetFlags(flag int)       { std.SetFlags(flag) }
func SetPrefix(prefix string) { std.SetPrefix(prefix) }
func Flags() int              { return std.Flags() }
func Prefix() string          { return std.Prefix() }
func Writer() io.Writer       { return std.Writer() }
