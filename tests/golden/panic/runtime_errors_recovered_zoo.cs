package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	func() {
		defer func() { fmt.Println("1:", recover()) }()
		ch <- 1
	}()
	func() {
		defer func() { fmt.Println("2:", recover()) }()
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("3:", recover()) }()
		var c chan int
		close(c)
	}()
	func() {
		defer func() { fmt.Println("4:", recover()) }()
		var m map[string]int
		m["x"]++
	}()
	func() {
		defer func() { fmt.Println("5:", recover()) }()
		a, b := 10, 0
		fmt.Println(a % b)
	}()
	func() {
		defer func() { fmt.Println("6:", recover()) }()
		var p *struct{ x int }
		p.x = 3
	}()
	func() {
		defer func() { fmt.Println("7:", recover()) }()
		panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("8: %v %T\n", r, r)
		}()
		var x []int
		_ = x[0]
	}()
	func() {
		defer func() { fmt.Println("9:", recover()) }()
		s := "héllo"
		fmt.Println(s[10])
	}()
	func() {
		defer func() { fmt.Println("10:", recover()) }()
		var arr [3]int
		k := 3
		arr[k] = 1
	}()
	ch2 := make(chan int)
	close(ch2)
	ch2 <- 5
}
