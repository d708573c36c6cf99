// Select storms: 200 goroutines each run 2,000 selects over shared send and
// receive cases plus a default-free timeout-free mix; every value sent is
// received exactly once (sum and count), and a quit channel closed at the
// end wakes every select parked on it.
package main

import "fmt"

const workers = 200
const rounds = 2000

func main() {
	a := make(chan int)
	b := make(chan int, 16)
	quit := make(chan struct{})
	got := make(chan [2]int)
	fin := make(chan bool)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for i := 0; i < rounds; i++ {
				v := w*rounds + i
				select {
				case a <- v:
				case b <- v:
				}
			}
			fin <- true
		}(w)
	}
	for r := 0; r < 4; r++ {
		go func() {
			sum, n := 0, 0
			for {
				select {
				case v := <-a:
					sum += v
					n++
				case v := <-b:
					sum += v
					n++
				case <-quit:
					// Drain what is buffered once all senders are done.
					for {
						select {
						case v := <-b:
							sum += v
							n++
						default:
							got <- [2]int{sum, n}
							return
						}
					}
				}
			}
		}()
	}
	for w := 0; w < workers; w++ {
		<-fin
	}
	close(quit)
	sum, n := 0, 0
	for r := 0; r < 4; r++ {
		x := <-got
		sum += x[0]
		n += x[1]
	}
	total := workers * rounds
	fmt.Println(n == total, sum == total*(total-1)/2)
	// Parked selects woken by close: none of them must be lost.
	stop := make(chan struct{})
	woke := make(chan int)
	for i := 0; i < 500; i++ {
		go func(i int) {
			select {
			case <-stop:
				woke <- 1
			case <-a:
				woke <- 100000
			}
		}(i)
	}
	close(stop)
	s := 0
	for i := 0; i < 500; i++ {
		s += <-woke
	}
	fmt.Println("woken", s)
}
