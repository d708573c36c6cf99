// 1,000,000 channel operations among 1,000 goroutines: 500 producers send
// 1,000 values each into 10 shared channels (unbuffered and buffered mixed),
// 500 consumers drain them; the checksum of everything received must equal
// the checksum of everything sent, and the counts must match.
package main

import "fmt"

const producers = 500
const consumers = 500
const perProducer = 1000
const nchans = 10

func main() {
	chans := make([]chan int, nchans)
	for i := range chans {
		chans[i] = make(chan int, i%3*4) // capacities 0, 4, 8
	}
	results := make(chan [2]int)
	done := make(chan bool)
	for p := 0; p < producers; p++ {
		go func(p int) {
			c := chans[p%nchans]
			for i := 0; i < perProducer; i++ {
				c <- p*perProducer + i
			}
			done <- true
		}(p)
	}
	for k := 0; k < consumers; k++ {
		go func(k int) {
			c := chans[k%nchans]
			sum, n := 0, 0
			for v := range c {
				sum += v * 7 % 1000003
				n++
			}
			results <- [2]int{sum, n}
		}(k)
	}
	for p := 0; p < producers; p++ {
		<-done
	}
	for _, c := range chans {
		close(c)
	}
	sum, n := 0, 0
	for k := 0; k < consumers; k++ {
		r := <-results
		sum += r[0]
		n += r[1]
	}
	want := 0
	for v := 0; v < producers*perProducer; v++ {
		want += v * 7 % 1000003
	}
	fmt.Println("received", n, "values")
	fmt.Println("checksum ok:", sum == want, sum)
}
