package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [4]int{}
	str := "héllo"
	n, m, k := 5, -1, 2
	try(func() { _ = s[n] })
	try(func() { _ = s[m] })
	try(func() { _ = s[1:n] })
	try(func() { _ = s[n:] })
	try(func() { _ = s[k:1] })
	try(func() { _ = s[0:1:n] })
	try(func() { _ = s[0:k:1] })
	try(func() { _ = a[n] })
	try(func() { _ = str[n+5] })
	try(func() { _ = str[n:k] })
	try(func() { _ = str[:n*5] })
	try(func() { _ = make([]int, m) })
	try(func() { _ = make([]int, k, 1+m) })
	try(func() { var arr *[3]int; _ = arr[1] })
	try(func() { x := 0; _ = 5 % x })
	try(func() { var ch chan int; close(ch) })
	try(func() { ch := make(chan int); close(ch); close(ch) })
	try(func() { ch := make(chan int, 1); close(ch); ch <- 1 })
	try(func() { var f func(); f() })
	try(func() { var i fmt.Stringer; _ = i.String() })
	try(func() { var x interface{} = 1; _ = x.(string) })
	try(func() { var x interface{}; _ = x.(string) })
	try(func() { var x fmt.Stringer; _ = x.(interface{ Foo() }) })
	try(func() { _ = []int(nil)[0] })
	try(func() { sl := s[:2]; _ = (*[3]int)(sl) })
}
