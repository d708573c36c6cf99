package main

func producer(out chan<- int) {
	for v := range out {
		_ = v
	}
}

func main() {
	producer(make(chan int))
}
