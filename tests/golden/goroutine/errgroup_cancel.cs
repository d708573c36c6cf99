package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var errCanceled = errors.New("canceled")

type group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
	done chan struct{}
}

func newGroup() *group { return &group{done: make(chan struct{})} }

func (g *group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	g := newGroup()
	var mu sync.Mutex
	canceled := 0
	for i := 0; i < 10; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			if i == 7 {
				time.Sleep(5 * time.Millisecond)
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-done:
				mu.Lock()
				canceled++
				mu.Unlock()
				return errCanceled
			case <-time.After(10 * time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println(err, canceled)
	g2 := newGroup()
	for i := 0; i < 5; i++ {
		i := i
		g2.Go(func(done <-chan struct{}) error {
			time.Sleep(time.Duration(i) * time.Millisecond)
			return nil
		})
	}
	fmt.Println(g2.Wait())
	select {
	case <-g2.done:
		fmt.Println("closed?")
	default:
		fmt.Println("not canceled")
	}
}
