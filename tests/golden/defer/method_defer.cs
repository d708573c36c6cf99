// checks: deferring pointer-receiver methods; defers per call, not per block
package main

import "fmt"

type Log struct{ lines []string }

func (l *Log) Add(s string) { l.lines = append(l.lines, s) }

func step(l *Log, n int) {
	defer l.Add(fmt.Sprint("exit ", n))
	if n > 0 {
		step(l, n-1)
	}
	l.Add(fmt.Sprint("body ", n))
}

func main() {
	l := &Log{}
	step(l, 2)
	for _, s := range l.lines {
		fmt.Println(s)
	}
	{
		defer fmt.Println("block defer runs at end of main")
	}
	fmt.Println("end of main body")
}
