// checks: anonymous struct types in variables, slices and literals
package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	pt.X = 10
	fmt.Println(pt)
	cases := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"bb", 2},
		{"", 0},
	}
	for _, c := range cases {
		fmt.Println(c.in, len(c.in) == c.want)
	}
	var cfg struct {
		Name string
		Port int
	}
	cfg.Port = 80
	fmt.Printf("%+v\n", cfg)
}
