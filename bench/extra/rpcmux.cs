// rpcmux: a multiplexed RPC client in net/rpc's design, over channels
// instead of a socket. Callers register a *call with a sequence number in
// a Mutex-guarded map[uint64]*call and queue the request on the
// connection's send channel; a writer goroutine forwards requests in
// batches to the server, which dispatches each to a handler goroutine from
// a pool (method chosen by a string switch); a reader goroutine takes
// responses, looks the call up by sequence, deletes it and signals its
// Done channel (capacity 1). Responses come back out of order. Some calls
// are "Go"-style (Done channel collected later), some synchronous.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type request struct {
	seq    uint64
	method string
	arg    int
}

type response struct {
	seq   uint64
	reply int
	err   string
}

type call struct {
	method string
	arg    int
	reply  int
	err    error
	done   chan *call
}

type client struct {
	mu      sync.Mutex
	seq     uint64
	pending map[uint64]*call
	send    chan request
}

func (c *client) goCall(method string, arg int, done chan *call) *call {
	cl := &call{method: method, arg: arg, done: done}
	c.mu.Lock()
	c.seq++
	seq := c.seq
	c.pending[seq] = cl
	c.mu.Unlock()
	c.send <- request{seq, method, arg}
	return cl
}

func (c *client) call(method string, arg int) (int, error) {
	cl := <-c.goCall(method, arg, make(chan *call, 1)).done
	return cl.reply, cl.err
}

func (c *client) readLoop(in chan response) {
	for r := range in {
		c.mu.Lock()
		cl := c.pending[r.seq]
		delete(c.pending, r.seq)
		c.mu.Unlock()
		cl.reply = r.reply
		if r.err != "" {
			cl.err = errors.New(r.err)
		}
		cl.done <- cl
	}
}

func handle(r request) response {
	switch r.method {
	case "Arith.Square":
		return response{r.seq, r.arg * r.arg, ""}
	case "Arith.Fib":
		a, b := 0, 1
		for i := 0; i < r.arg%64; i++ {
			a, b = b, a+b
		}
		return response{r.seq, a, ""}
	case "Arith.Div":
		if r.arg%7 == 0 {
			return response{r.seq, 0, "divide by zero"}
		}
		return response{r.seq, 1000000 / (r.arg % 7), ""}
	}
	return response{r.seq, 0, "rpc: can't find method " + r.method}
}

func server(wire chan []request, out chan response, handlers int) {
	work := make(chan request, 64)
	var wg sync.WaitGroup
	for i := 0; i < handlers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				out <- handle(r)
			}
		}()
	}
	for batch := range wire {
		for _, r := range batch {
			work <- r
		}
	}
	close(work)
	wg.Wait()
	close(out)
}

func writer(send chan request, wire chan []request) {
	for r := range send {
		batch := []request{r}
	more:
		for len(batch) < 16 {
			select {
			case r, ok := <-send:
				if !ok {
					break more
				}
				batch = append(batch, r)
			default:
				break more
			}
		}
		wire <- batch
	}
	close(wire)
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := &client{pending: make(map[uint64]*call), send: make(chan request, 32)}
	wire := make(chan []request, 4)
	resp := make(chan response, 32)
	go writer(c.send, wire)
	go server(wire, resp, 4)
	readerDone := make(chan bool)
	go func() { c.readLoop(resp); readerDone <- true }()
	methods := []string{"Arith.Square", "Arith.Fib", "Arith.Div", "Arith.Nope"}
	callers := 2*runtime.GOMAXPROCS(0) + 6
	sums := make([]int, callers)
	errs := make([]int, callers)
	var wg sync.WaitGroup
	for g := 0; g < callers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			done := make(chan *call, 8)
			for i := 0; i < n/callers; i++ {
				m := methods[(i+g)%4]
				if i%4 == 3 {
					for k := 0; k < 8; k++ {
						c.goCall("Arith.Square", i+k, done)
					}
					for k := 0; k < 8; k++ {
						cl := <-done
						sums[g] += cl.reply - cl.arg*cl.arg
					}
					continue
				}
				v, err := c.call(m, i*31+g)
				if err != nil {
					errs[g]++
					continue
				}
				sums[g] += v % 1000003
			}
		}(g)
	}
	wg.Wait()
	close(c.send)
	<-readerDone
	total, nerr := 0, 0
	for g := range sums {
		total += sums[g]
		nerr += errs[g]
	}
	fmt.Println("callers", callers, "sum", total, "errors", nerr, "pending", len(c.pending), "seq", c.seq)
}
