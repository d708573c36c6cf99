// checks: a hand-written errgroup: first error cancels the context, others
// see ctx.Done; SetLimit bounds concurrency. The failing task waits for task
// 0 to finish and the others for hours, so which tasks are canceled does not
// depend on the machine's load.
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
	zeroDone := make(chan struct{})
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			if i == 3 {
				<-zeroDone
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			select {
			case <-time.After(time.Duration(i) * time.Hour):
				results[i] = "done"
			case <-ctx.Done():
				results[i] = "canceled"
			}
			if i == 0 {
				close(zeroDone)
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
