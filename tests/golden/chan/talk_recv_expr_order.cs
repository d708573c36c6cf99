// checks: receives inside if, for, switch, composite literals, map
// assignment, call, go and defer arguments run in Go's order
package main

import "fmt"

func seq(n int) chan int {
	c := make(chan int, n)
	for i := 1; i <= n; i++ {
		c <- i
	}
	return c
}

func pair(a, b int) string { return fmt.Sprint(a, "/", b) }

func main() {
	c := seq(20)
	if v, ok := <-c; ok {
		fmt.Println("if", v)
	}
	for v, ok := <-c; ok && v < 5; v, ok = <-c {
		fmt.Println("for", v)
	}
	switch <-c {
	case 6:
		fmt.Println("switch six")
	default:
		fmt.Println("switch other")
	}
	xs := []int{<-c, <-c, <-c}
	fmt.Println(xs)
	m := map[int]int{}
	m[<-c] = <-c
	fmt.Println(m)
	fmt.Println(pair(<-c, <-c))
	arr := [2]int{}
	arr[<-c-14] = <-c
	fmt.Println(arr)
	done := make(chan string)
	go func(v int) { done <- fmt.Sprint("go got ", v) }(<-c)
	fmt.Println(<-done, len(c))
	func() {
		defer fmt.Println("deferred arg", <-c)
		fmt.Println("before defer runs", len(c))
	}()
	cc := make(chan chan int, 1)
	inner := make(chan int)
	cc <- inner
	func() {
		defer close(<-cc)
	}()
	_, ok := <-inner
	fmt.Println("inner closed", !ok)
	s := struct{ a, b int }{<-c, <-c}
	fmt.Println(s, len(c))
	fmt.Println(<-c == 20 && len(c) == 0)
}
