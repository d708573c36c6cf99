package main

// A goroutine-per-request "server": clients send request structs that
// carry their own reply channel to an acceptor, which starts one
// handler goroutine per request. Handlers consult a shared store owned
// by a single goroutine (requests and responses over channels) and
// answer with a response struct.

import (
	"fmt"
	"os"
	"strconv"
)

type Request struct {
	ID     int
	Client int
	Op     string
	Key    int
	Val    int
	Reply  chan Response
}

type Response struct {
	ID     int
	Status int
	Body   int
}

type storeOp struct {
	write bool
	key   int
	val   int
	out   chan int
}

func store(ops chan storeOp) {
	data := make(map[int]int)
	for op := range ops {
		if op.write {
			data[op.key] += op.val
			op.out <- data[op.key]
		} else {
			op.out <- data[op.key]
		}
	}
}

func handle(req Request, ops chan storeOp) {
	out := make(chan int, 1)
	status := 200
	switch req.Op {
	case "get":
		ops <- storeOp{false, req.Key, 0, out}
	case "put":
		ops <- storeOp{true, req.Key, req.Val, out}
		status = 201
	default:
		req.Reply <- Response{req.ID, 404, 0}
		return
	}
	req.Reply <- Response{req.ID, status, <-out}
}

func acceptor(reqs chan Request, ops chan storeOp) {
	for req := range reqs {
		go handle(req, ops)
	}
}

func client(id, n int, reqs chan Request, done chan [3]int) {
	reply := make(chan Response)
	var tally [3]int
	seed := uint32(id*7919 + 1)
	ops := []string{"get", "put", "put", "get", "del"}
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		op := ops[seed>>28%5]
		reqs <- Request{ID: i, Client: id, Op: op, Key: int(seed>>8) % 64, Val: i % 7, Reply: reply}
		r := <-reply
		if r.ID != i {
			panic("reply out of order")
		}
		switch r.Status {
		case 200:
			tally[0]++
		case 201:
			tally[1]++
		default:
			tally[2]++
		}
	}
	done <- tally
}

func main() {
	n := 40000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const clients = 8
	reqs := make(chan Request, 16)
	ops := make(chan storeOp)
	go store(ops)
	go acceptor(reqs, ops)
	done := make(chan [3]int)
	for c := 0; c < clients; c++ {
		go client(c, n, reqs, done)
	}
	var total [3]int
	for c := 0; c < clients; c++ {
		t := <-done
		for i := range t {
			total[i] += t[i]
		}
	}
	// Read back every key after all writes finished.
	out := make(chan int)
	sum := 0
	for k := 0; k < 64; k++ {
		ops <- storeOp{false, k, 0, out}
		sum += <-out
	}
	fmt.Printf("ok=%d created=%d notfound=%d storesum=%d\n", total[0], total[1], total[2], sum)
}
