package main

// The context package as servers use it: per request a
// context.WithCancel / WithTimeout child carries a request id via
// WithValue; handlers spawn sub-tasks that select on ctx.Done() against
// a result channel; some requests are cancelled early (cancel() wakes
// everything below), long timeouts never fire. Also a deep chain of
// WithValue lookups. Prints completed/cancelled counts and ctx.Err()s.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

type ctxKey string

func subtask(ctx context.Context, x int, out chan<- int) {
	v := x
	for i := 0; i < 50; i++ {
		v = (v*31 + i) % 100003
	}
	select {
	case out <- v:
	case <-ctx.Done():
	}
}

func handle(parent context.Context, id int, cancelEarly bool) (int, error) {
	ctx, cancel := context.WithTimeout(parent, 10*time.Second)
	defer cancel()
	ctx = context.WithValue(ctx, ctxKey("request"), id)
	results := make(chan int)
	for i := 0; i < 4; i++ {
		go subtask(ctx, ctx.Value(ctxKey("request")).(int)+i, results)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		if cancelEarly && i == 2 {
			cancel()
			<-ctx.Done()
			return sum, ctx.Err()
		}
		select {
		case v := <-results:
			sum += v
		case <-ctx.Done():
			return sum, ctx.Err()
		}
	}
	return sum, nil
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	root, stopAll := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	done, cancelled, total := 0, 0, 0
	sem := make(chan struct{}, 64)
	for id := 0; id < n; id++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(id int) {
			defer wg.Done()
			defer func() { <-sem }()
			sum, err := handle(root, id, id%5 == 0)
			mu.Lock()
			defer mu.Unlock()
			if errors.Is(err, context.Canceled) {
				cancelled++
			} else if err == nil {
				done++
				total += sum
			}
		}(id)
	}
	wg.Wait()
	stopAll()
	fmt.Println("done", done, "cancelled", cancelled, "total", total, "root err:", root.Err())

	ctx := context.Background()
	for i := 0; i < 64; i++ {
		ctx = context.WithValue(ctx, ctxKey("k"+strconv.Itoa(i)), i)
	}
	found := 0
	for i := 0; i < n*4; i++ {
		if v, ok := ctx.Value(ctxKey("k" + strconv.Itoa(i%80))).(int); ok {
			found += v
		}
	}
	fmt.Println("value lookups found", found)
}
