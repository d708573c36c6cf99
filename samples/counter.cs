// counter.cs: the counter from the notes behind csc. 10000 goroutines
// each add 1 to a shared count, twice:
//   - racy: every goroutine does x = x + 1 on the same variable; with
//     more than one thread, increments can be lost;
//   - channel: the count travels as a token through a channel of
//     capacity 1, so exactly one goroutine holds it at a time.
// Run: csc samples/counter.cs -o counter && ./counter
package main

import "fmt"

const n = 10000

func racy() int {
	x := 0
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			x = x + 1
			done <- true
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	return x
}

func token() int {
	ch := make(chan int, 1)
	ch <- 0
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			x := <-ch
			x = x + 1
			ch <- x
			done <- true
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	return <-ch
}

func main() {
	fmt.Println("racy:", racy(), "(may be less than", n, "on several threads)")
	fmt.Println("channel:", token())
}
