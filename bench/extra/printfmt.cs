package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Inner struct {
	A int
	B string
	C []float64
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	M     map[string]int
	Tags  []string
	Flag  bool
	Ratio float32
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sb strings.Builder
	total := 0
	for i := 0; i < n; i++ {
		o := Outer{
			Name:  "obj" + strconv.Itoa(i%17),
			In:    Inner{i, "x", []float64{float64(i) / 3, 1.5}},
			M:     map[string]int{"b": i % 5, "a": i % 3, "c": 1},
			Tags:  []string{"t1", "t2"},
			Flag:  i%2 == 0,
			Ratio: float32(i) / 7,
		}
		if i%3 == 0 {
			o.P = &Inner{A: -i}
		}
		s := fmt.Sprintf("%v|%+v|%d|%x|%q|%8.3f|%-5s|%05d|%t|%v", o.In, o.M, i, i*255, o.Name, float64(i)/9, "ab", i%1000, o.Flag, Celsius(i%40))
		total += len(s)
		if i%(n/5) == 0 {
			sb.WriteString(s)
			sb.WriteByte('\n')
			fmt.Fprintf(&sb, "%+v\n", o.In)
			fmt.Fprintln(&sb, o.Tags, o.Ratio, o.P != nil, []byte("hi"), [3]int{1, 2, 3}, 'x', uint8(200), int8(-3), 1e21, 1e-7, 3.0)
			fmt.Fprintf(&sb, "%T %T %T %v %e %g %G %6.2e %c %U\n", o, o.M, Celsius(1), nil, 123456.789, 1e-10, 2.5e30, 0.000123, 'é', 'é')
		}
	}
	fmt.Print(sb.String())
	fmt.Println(total)
}
