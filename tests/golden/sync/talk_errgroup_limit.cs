// checks: a hand-written errgroup: first error cancels the context, others
// see ctx.Done; SetLimit bounds concurrency
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group is a hand-written errgroup: first error wins and cancels ctx.
type Group struct {
	cancel  func()
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			if i == 3 {
				time.Sleep(5 * time.Millisecond)
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			select {
			case <-time.After(time.Duration(i) * 200 * time.Millisecond):
				results[i] = "done"
			case <-ctx.Done():
				results[i] = "canceled"
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println(err, errors.Is(err, errBad))
	fmt.Println(results)
	fmt.Println(ctx.Err())

	var lg Group
	lg.SetLimit(2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	for i := 0; i < 10; i++ {
		lg.Go(func() error {
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(lg.Wait(), maxActive <= 2, active)
}
