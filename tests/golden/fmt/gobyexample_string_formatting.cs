package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
	fmt.Printf("%#v %#v %#v %#v\n", &p, []point{{1, 2}}, map[string]point{"a": {}}, "q")
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 1e7, int8(3), uint(4), []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v\n", struct{ A []int; B *int }{}, [2]bool{})
	type inner struct{ N string }
	type outer struct {
		In  inner
		Ptr *inner
		Arr [2]inner
	}
	fmt.Printf("%#v\n", outer{Ptr: &inner{"z"}}.In)
	fmt.Printf("%v %+v\n", outer{}, outer{})
	fmt.Printf("%x %X %x\n", []byte{1, 171}, "Hi", 3.5)
	fmt.Printf("%08.3f|%-8d|%+8d|%x|%#08x\n", -3.14159, 42, 42, -1, 255)
	fmt.Printf("%3c|%-3c|%q|%v|%d\n", 'a', 'b', 'c', 'd', 'e')
	fmt.Printf("%5.1f%%|%5t|%-5t|\n", 99.55, true, false)
	fmt.Printf("%s|%v|%d\n", []string{"a", "b"}, [2]string{"c", "d"}, []int8{-1, 2})
	fmt.Printf("%q\n", []string{"a b", "c\td"})
	fmt.Printf("%5q|%-8q|%.1q\n", "a", "b", "xyz")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]v %v\n", 1, 2)
	fmt.Printf("%.3s|%.10s|%5.1s|\n", "héllo", "hi", "world")
	fmt.Printf("%g %g %g %g %g\n", 0.0001, 0.00001, 123456789.0, 1e20, float32(3.14))
	fmt.Printf("%.2g %.3g %10.4g|\n", 123.456, 0.0012345, 3.14159)
	fmt.Printf("%v %v\n", float32(16777216.0), float32(0.3))
	fmt.Printf("%6.3v|%-10v|%10v|\n", 3.14159, "left", []int{1})
	fmt.Printf("%+q %x % X\n", "日本", "日本", []byte("ab"))
	fmt.Printf("%U %c %q\n", '⌘', '⌘', '\n')
	fmt.Printf("%t %t\n", "x", 5 > 3)
	fmt.Printf("%e %.0e %E\n", 0.0, 5.5, -1e-300)
	fmt.Printf("%d %d\n", []int{}, map[string]int{"a": 1})
	fmt.Printf("%s %v\n", error(nil), error(nil))
	var ip *int
	fmt.Printf("%v %d %s\n", ip, ip, ip)
}
