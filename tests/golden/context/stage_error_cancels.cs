// A pipeline stage's parse error cancels the context that stops the other
// stages; strconv.NumError through errors.As.
package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func source(ctx context.Context, items []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func parse(ctx context.Context, in <-chan string, fail func(error)) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for s := range in {
			n, err := strconv.Atoi(s)
			if err != nil {
				fail(fmt.Errorf("parse stage: %w", err))
				return
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var once sync.Once
	var firstErr error
	fail := func(err error) {
		once.Do(func() { firstErr = err; cancel() })
	}
	items := []string{"1", "2", "3", "x4", "5", "6"}
	sum := 0
	for n := range parse(ctx, source(ctx, items), fail) {
		sum += n
	}
	fmt.Println("sum before failure:", sum)
	fmt.Println("error:", firstErr)
	var ne *strconv.NumError
	if errors.As(firstErr, &ne) {
		fmt.Printf("func %s num %q err %v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(firstErr, strconv.ErrSyntax), ctx.Err())
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
