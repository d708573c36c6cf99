// checks: select with both send and receive cases, only one ready at a time
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
		}
		for i := 0; i < 3; i++ {
			fmt.Println("consumer got", <-out)
		}
		close(in)
	}()
	buf := []int{}
	for len(buf) < 3 {
		select {
		case v := <-in:
			buf = append(buf, v*10)
		}
	}
	for len(buf) > 0 {
		select {
		case out <- buf[0]:
			buf = buf[1:]
		}
	}
	_, ok := <-in
	fmt.Println("closed:", !ok)
}
