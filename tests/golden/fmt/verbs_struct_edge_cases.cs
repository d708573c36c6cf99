package main

import (
	"errors"
	"fmt"
)

type point struct {
	X, Y int
}

type named struct {
	Name  string
	Tags  []string
	Inner *point
	M     map[string]int
	E     error
	I     interface{}
}

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)
	_ = &p
	var np *point
	fmt.Printf("%v %+v %T\n", np, np, np)
	n := named{"n", []string{"a", "b"}, &p, map[string]int{"z": 1, "a": 2}, errors.New("bad"), 3}
	n.Inner = nil
	fmt.Printf("%v\n", n)
	fmt.Printf("%+v\n", n)
	var empty named
	fmt.Printf("%v\n", empty)
	fmt.Printf("%+v\n", empty)
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v %#v\n", map[string]int{"b": 2, "a": 1}, 42)
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%s %x %X % x %q\n", []byte("hi"), "hello", "hello", "hello", []byte("a\"b"))
	fmt.Printf("%q %+q %#q %q\n", "héllo\n", "héllo", "back`tick", 'x')
	fmt.Printf("%c %U %#U\n", 0x4E16, 0x4E16, 'ä')
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.1f] [%.0f]\n", 3.14159, 2.5, -3.14159, 2.0, 2.5)
	fmt.Printf("[%e] [%E] [%.2e] [%g] [%G] [%g]\n", 123456.789, 0.000123, 1e21, 1e21, 1e-7, 100000.0)
	fmt.Printf("[%10s] [%-10s] [%.2s] [%10.2s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n", 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("%v %v %v\n", nil, []int(nil), map[string]int(nil))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %-z\n", 3, "x")
	fmt.Printf("100%%\n")
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%.*f\n", 2, 3.14159)
	fmt.Printf("%v %v\n", int8(-5), uint8(250))
	fmt.Printf("%x %X\n", -255, []int{10, 11})
	fmt.Printf("%08b\n", 5)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", errors.New("e"))
	fmt.Printf("%v|%s|%d\n", &[]int{1}, &map[string]int{"a": 1}, &[2]int{3, 4})
}
