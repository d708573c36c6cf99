package main

import "fmt"

func level3() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level3 recovered:", r)
			panic(fmt.Sprintf("re-panic: %v", r))
		}
	}()
	panic("original")
}

func level2() {
	defer func() {
		fmt.Println("level2 defer runs")
	}()
	level3()
}

func nested() (msg string) {
	defer func() {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint("inner recovered ", r)
			}
		}()
		panic("from outer defer")
	}()
	return "normal"
}

func recoverNotDirect() {
	defer func() {
		helper := func() interface{} { return recover() }
		fmt.Println("helper recover:", helper())
		r := recover()
		fmt.Println("direct recover:", r)
	}()
	panic("x")
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("main recovered:", r)
		}()
		level2()
	}()
	fmt.Println(nested())
	recoverNotDirect()
	fmt.Println("recover outside panic:", recover())
	defer fmt.Println("main deferred prints before crash")
	var m map[int]int
	m[1]++
}
