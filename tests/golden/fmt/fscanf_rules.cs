package main

import (
	"bufio"
	"fmt"
	"strings"
)

func p(n int, err error) { fmt.Println(n, err) }

func main() {
	var a, b int
	var s string
	var f float64
	var c rune
	p(fmt.Fscanf(strings.NewReader("1 2"), "%d %d", &a, &b))
	fmt.Println(a, b)
	p(fmt.Fscanf(strings.NewReader("1\n2"), "%d %d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("1\n2"), "%d\n%d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("x=5,y=7"), "x=%d,y=%d", &a, &b))
	fmt.Println(a, b)
	p(fmt.Fscanf(strings.NewReader("x=5;y=7"), "x=%d,y=%d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("x=5"), "x=%d,y=%d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("ff 17 101"), "%x %o %b", &a, &b, &c))
	fmt.Println(a, b, c)
	p(fmt.Fscanf(strings.NewReader("name: bob 3.5"), "name: %s %f", &s, &f))
	fmt.Println(s, f)
	p(fmt.Fscanf(strings.NewReader("abc"), "%c%c", &c, &a))
	fmt.Println(c, a)
	p(fmt.Fscanf(strings.NewReader("5"), "%d %d", &a))
	p(fmt.Fscanf(strings.NewReader("5 6"), "%d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("50%"), "%d%%", &a))
	p(fmt.Fscanf(strings.NewReader("5"), "%d%", &a))
	p(fmt.Fscanf(strings.NewReader("12"), "%d  %d", &a, &b))
	p(fmt.Fscanf(strings.NewReader("1 2\n"), "%d %d\n", &a, &b))
	p(fmt.Fscanf(strings.NewReader("1 2   \n"), "%d %d\n", &a, &b))
	p(fmt.Fscanf(strings.NewReader("12"), "%1d%1d", &a, &b))
	r := bufio.NewReader(strings.NewReader("1\n2\n3\n"))
	for i := 0; i < 4; i++ {
		n, err := fmt.Fscanf(r, "%d", &a)
		fmt.Println(n, err, a)
	}
	r = bufio.NewReader(strings.NewReader("1\n2\n3\n"))
	for i := 0; i < 4; i++ {
		n, err := fmt.Fscanf(r, "%d\n", &a)
		fmt.Println(n, err, a)
	}
	var t bool
	p(fmt.Sscanf("true 0x1F", "%t %v", &t, &a))
	fmt.Println(t, a)
	p(fmt.Sscanln("1 2", &a, &b))
	p(fmt.Sscanln("1\n2", &a, &b))
}
