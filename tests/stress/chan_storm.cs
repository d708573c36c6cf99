// Channel storm: pipelines, fan-in/fan-out and select over shared
// channels with many goroutines. Every value must arrive exactly once;
// the checksums printed do not depend on scheduling.
package main

import "fmt"

const workers = 64
const perWorker = 5000

// A chain of 200 goroutines, each adding 1.
func chain() {
	first := make(chan int)
	in := first
	for i := 0; i < 200; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 1000; i++ {
			first <- i
		}
		close(first)
	}()
	sum := 0
	n := 0
	for v := range in {
		sum += v
		n++
	}
	fmt.Println("chain", n, sum)
}

// Fan-out over one buffered channel, fan-in through another.
func fan() {
	jobs := make(chan int, 16)
	results := make(chan int, 16)
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				results <- j * 2
			}
			done <- true
		}()
	}
	go func() {
		for i := 0; i < workers*perWorker; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		for w := 0; w < workers; w++ {
			<-done
		}
		close(results)
	}()
	sum := 0
	count := 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println("fan", count, sum)
}

// Senders and receivers selecting over the same four channels, listed in
// opposite orders, some buffered and some not.
func selectStorm() {
	var cs [4]chan int
	for i := range cs {
		cs[i] = make(chan int, i%2*3)
	}
	seen := make([]int, workers*perWorker)
	finished := make(chan bool)
	counts := make(chan []int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for m := 0; m < perWorker; m++ {
				v := w*perWorker + m
				if w%2 == 0 {
					select {
					case cs[0] <- v:
					case cs[1] <- v:
					case cs[2] <- v:
					case cs[3] <- v:
					}
				} else {
					select {
					case cs[3] <- v:
					case cs[2] <- v:
					case cs[1] <- v:
					case cs[0] <- v:
					}
				}
			}
			finished <- true
		}(w)
	}
	for r := 0; r < 8; r++ {
		go func() {
			local := make([]int, 0, 1024)
			for {
				var v int
				select {
				case v = <-cs[0]:
				case v = <-cs[1]:
				case v = <-cs[2]:
				case v = <-cs[3]:
				}
				if v < 0 {
					counts <- local
					return
				}
				local = append(local, v)
			}
		}()
	}
	for w := 0; w < workers; w++ {
		<-finished
	}
	for r := 0; r < 8; r++ {
		cs[r%4] <- -1
	}
	total := 0
	for r := 0; r < 8; r++ {
		for _, v := range <-counts {
			seen[v]++
			total++
		}
	}
	bad := 0
	for _, n := range seen {
		if n != 1 {
			bad++
		}
	}
	fmt.Println("select", total, bad)
}

func main() {
	chain()
	fan()
	selectStorm()
}
