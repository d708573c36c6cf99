package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64

func p(n int, err error) { fmt.Println(n, err) }

func main() {
	var a, b int
	p(fmt.Sscan("5", &a, &b))
	p(fmt.Fscan(strings.NewReader("5"), &a, &b))
	p(fmt.Fscan(strings.NewReader("5 "), &a, &b))
	p(fmt.Fscan(strings.NewReader(""), &a, &b))
	p(fmt.Fscan(strings.NewReader("  \n "), &a, &b))
	p(fmt.Fscanln(strings.NewReader("5\n6"), &a, &b))
	p(fmt.Fscanln(strings.NewReader("5 6 7\n"), &a, &b))
	p(fmt.Fscanln(strings.NewReader("\n5 6"), &a, &b))
	p(fmt.Fscanln(strings.NewReader(""), &a, &b))
	p(fmt.Fscanln(strings.NewReader("1 2  \r\n"), &a, &b))
	var c Celsius
	p(fmt.Fscan(strings.NewReader("36.6"), &c))
	fmt.Println(c)
	p(fmt.Fscan(strings.NewReader("0755 0x1f"), &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscan("0755 0x1f", &a, &b))
	fmt.Println(a, b)
	var u uint
	p(fmt.Fscan(strings.NewReader("-5"), &u))
	p(fmt.Fscan(strings.NewReader("12abc"), &a))
	fmt.Println(a)
	var bo bool
	p(fmt.Fscan(strings.NewReader("x"), &bo))
	fmt.Println(bo)
	p(fmt.Fscan(strings.NewReader("tru"), &bo))
	fmt.Println(bo)
	p(fmt.Fscan(strings.NewReader("TRUE"), &bo))
	fmt.Println(bo)
	r := bufio.NewReader(strings.NewReader("7\nrest of line\n"))
	fmt.Fscan(r, &a)
	line, _ := r.ReadString('\n')
	fmt.Printf("%d %q\n", a, line)
	var i8 int8
	p(fmt.Fscan(strings.NewReader("300"), &i8))
	fmt.Println(i8)
	p(fmt.Sscan("300", &i8))
	fmt.Println(i8)
	p(fmt.Fscan(strings.NewReader("1e3 .5"), &c, &c))
	fmt.Println(c)
	var s string
	var bs []byte
	p(fmt.Fscan(strings.NewReader("héllo wörld"), &s, &bs))
	fmt.Println(s, string(bs))
	p(fmt.Fscan(strings.NewReader("5"), a))
	p(fmt.Fscan(strings.NewReader("- 5"), &a))
	p(fmt.Fscan(strings.NewReader("+7"), &a))
	fmt.Println(a)
}
