package main

// A select with one communication blocks at that case's line, as Go
// compiles it into the lone operation: the deadlock trace names line 18,
// not the select's line 17.
import "fmt"

func main() {
	d := make(chan int)
	go func() {
		select {
		case d <- 1:
		}
	}()
	fmt.Println(<-d)
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println(v)
	}
}
