// defer/trace/title/panic-recover: bigSlowOperation trace, double, triple, defer1, soleTitle.
package main

import (
	"fmt"
	"os"
	"strings"
)

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func bigSlowOperation() {
	defer trace("bigSlowOperation")()
	fmt.Println("working")
}

func double(x int) (result int) {
	defer func() { fmt.Printf("double(%d) = %d\n", x, result) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

func f(x int) {
	fmt.Printf("f(%d)\n", x+0/x)
	defer fmt.Printf("defer %d\n", x)
	f(x - 1)
}

type bailout struct{}

func soleTitle(titles []string) (title string, err error) {
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{}:
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p)
		}
	}()
	for _, t := range titles {
		if strings.HasPrefix(t, "title:") {
			if title != "" {
				panic(bailout{})
			}
			title = strings.TrimPrefix(t, "title:")
		}
	}
	if title == "" {
		return "", fmt.Errorf("no title element")
	}
	return title, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return a / b, nil
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure", i) }()
	}
}

func noReturn() (r int) {
	defer func() {
		if recover() != nil {
			r = 99
		}
	}()
	panic("no value")
}

func main() {
	bigSlowOperation()
	_ = double(4)
	fmt.Println(triple(4))
	fmt.Println(soleTitle([]string{"x", "title:A"}))
	fmt.Println(soleTitle([]string{"title:A", "title:B"}))
	fmt.Println(soleTitle(nil))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	loopDefers()
	fmt.Println(noReturn())
	defer fmt.Println("main deferred, runs before crash output")
	if len(os.Args) > 99 {
		return
	}
	f(3)
}
