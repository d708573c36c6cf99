package main

import "time"

type Celsius float32

func main() {
	d := time.Duration(1<<62) * 4
	c := Celsius(3e38) * 10
	println(d, c)
}
