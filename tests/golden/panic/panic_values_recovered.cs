package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	vals := []interface{}{1, "s", 2.5, true, nil, E{"x"}, []int{1}, uint8(3), 'r', fmt.Errorf("wrapped %w", E{"y"})}
	for _, v := range vals {
		func() {
			defer func() { fmt.Println(recover()) }()
			panic(v)
		}()
	}
	panic(fmt.Sprint([]int{1, 2}))
}
