// checks: Pike's Go Concurrency Patterns: generator functions returning
// channels, fan-in with one goroutine per input and with a select loop
package main

import (
	"fmt"
	"time"
)

// boring returns a receive-only channel fed by a goroutine.
func boring(msg string, d time.Duration) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			c <- fmt.Sprintf("%s %d", msg, i)
			time.Sleep(d)
		}
	}()
	return c
}

func fanIn(a, b <-chan string) <-chan string {
	c := make(chan string)
	go func() {
		for {
			c <- <-a
		}
	}()
	go func() {
		for {
			c <- <-b
		}
	}()
	return c
}

func fanInSelect(a, b <-chan string) <-chan string {
	c := make(chan string)
	go func() {
		for {
			select {
			case s := <-a:
				c <- s
			case s := <-b:
				c <- s
			}
		}
	}()
	return c
}

func main() {
	joe := boring("Joe", time.Millisecond)
	ann := boring("Ann", time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-joe)
		fmt.Println(<-ann)
	}
	counts := map[string]int{}
	c := fanIn(boring("x", time.Millisecond), boring("y", time.Millisecond))
	for counts["x"] == 0 || counts["y"] == 0 || counts["x"]+counts["y"] < 20 {
		s := <-c
		counts[s[:1]]++
	}
	fmt.Println(counts["x"]+counts["y"] >= 20, counts["x"] > 0, counts["y"] > 0)
	seen := map[string]bool{}
	c2 := fanInSelect(boring("p", 0), boring("q", 0))
	// Either generator may run ahead of the other, so wait for the
	// first value of both rather than for a fixed number of values.
	for !seen["p 0"] || !seen["q 0"] || len(seen) < 6 {
		seen[<-c2] = true
	}
	fmt.Println(seen["p 0"], seen["q 0"], len(seen) >= 6)
	fmt.Println("You're boring; I'm leaving.")
}
